package org.tradeexecutor.signals.entity;

import java.util.List;

/**
 * A provider as the API shows it; never the secret.
 *
 * @param webhookUrl      where to send signed signals, for webhook providers
 * @param discordAuthorIds for a Discord provider, the authors whose messages count (empty: everyone in the channel)
 * @param urlTokenEnabled whether unsigned signals are taken at the provider's secret URL too (its token is shown once)
 */
public record ProviderView(String id, String name, ProviderType type, boolean enabled, VerificationStatus verificationStatus,
                           String discordChannelId, List<String> discordAuthorIds, String webhookUrl, boolean urlTokenEnabled) {

    public static ProviderView of(Provider p, String baseUrl) {
        return new ProviderView(p.getId(), p.getName(), p.getType(), p.isEnabled(), p.getVerificationStatus(), p.getDiscordChannelId(),
                p.getDiscordAuthorIds(), p.getType() == ProviderType.WEBHOOK ? webhookUrl(baseUrl, p.getId()) : null, p.getUrlTokenDigest() != null);
    }

    public static String webhookUrl(String baseUrl, String providerId) {
        return baseUrl + "/api/webhooks/providers/" + providerId;
    }
}
