package org.tradeexecutor.signals.entity;

/**
 * A provider as just created or re-keyed, with its webhook secret in clear: shown once, never again.
 *
 * @param provider      the provider
 * @param webhookSecret the secret, or null for providers that receive no webhooks
 */
public record ProviderCreated(Provider provider, String webhookSecret) {
}
