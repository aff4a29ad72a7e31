package org.tradeexecutor.signals.entity;

/** How a signal arrived. */
public enum SignalSource {
    WEBHOOK, DISCORD, MANUAL
}
