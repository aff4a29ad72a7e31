package org.tradeexecutor.signals.entity;

/**
 * A provider as the API shows it; never the secret.
 *
 * @param webhookUrl where to send signals, for webhook providers
 */
public record ProviderView(String id, String name, ProviderType type, boolean enabled, VerificationStatus verificationStatus,
                           String discordChannelId, String webhookUrl) {

    public static ProviderView of(Provider p, String baseUrl) {
        return new ProviderView(p.getId(), p.getName(), p.getType(), p.isEnabled(), p.getVerificationStatus(), p.getDiscordChannelId(),
                p.getType() == ProviderType.WEBHOOK ? baseUrl + "/api/webhooks/providers/" + p.getId() : null);
    }
}
