package org.tradeexecutor.signals.entity;

/** Where a provider's signals come from (PRODUCT S1). */
public enum ProviderType {
    DISCORD_CHANNEL, WEBHOOK, MANUAL
}
