package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.platform.control.SecretBox;
import org.tradeexecutor.platform.control.SecretTokens;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderCreated;
import org.tradeexecutor.signals.entity.ProviderLimitReached;
import org.tradeexecutor.signals.entity.ProviderRefused;
import org.tradeexecutor.signals.entity.ProviderType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A community's signal providers (PRODUCT S1): tenant-scoped look-ups, plan limits, webhook secrets; every change audited. */
@ApplicationScoped
public class Providers {

    @Inject
    ProviderRepository providers;

    @Inject
    Memberships memberships;

    @Inject
    SecretBox secrets;

    @Inject
    SecurityAuditLog audit;

    @Inject
    ChannelBindings channels;

    @Inject
    DiscordChannels discord;

    @Inject
    Clock clock;

    public List<Provider> of(String communityId) {
        return providers.findByCommunityId(communityId).stream().sorted(Comparator.comparing(Provider::getCreatedAt)).toList();
    }

    /** The provider if it belongs to this community; a provider of another community is as good as absent. */
    public Optional<Provider> find(String communityId, String providerId) {
        return providers.findById(providerId).filter(p -> p.getCommunityId().equals(communityId));
    }

    /** How many providers the community has, against its plan's limit. */
    public long count(String communityId) {
        return providers.findByCommunityId(communityId).size();
    }

    /** Any provider by id, for intake paths that learn the community from the provider. */
    public Optional<Provider> find(String providerId) {
        return providers.findById(providerId);
    }

    /** Creates a provider (audited); a webhook provider gets a new secret, or {@code presetSecret} when given (demo data). */
    public ProviderCreated create(String communityId, String name, ProviderType type, String discordChannelId, List<String> discordAuthorIds,
                                  AuditEvent.Actor by, AuditEvent.Origin origin, String presetSecret) {
        Plan plan = memberships.community(communityId).map(Community::plan).orElse(Plan.FREE);
        if (count(communityId) >= plan.maxProviders()) {
            throw new ProviderLimitReached("The " + plan.name().toLowerCase() + " plan allows " + plan.maxProviders()
                    + " providers; upgrade the plan or remove one.");
        }
        Provider provider = new Provider(new ObjectId().toHexString(), communityId, name, type, discordChannelId, by.userId(), clock.instant());
        if (discordAuthorIds != null) {
            provider.allowAuthors(discordAuthorIds, clock.instant());
        }
        if (discordChannelId != null) {
            bind(provider, discordChannelId);
        }
        String secret = null;
        if (type == ProviderType.WEBHOOK) {
            secret = presetSecret != null ? presetSecret : SecretBox.randomSecret();
            provider.storeWebhookSecret(secrets.encrypt(secret), clock.instant());
        }
        Provider saved = providers.save(provider);
        audit(by, origin, "provider.create", saved, "type " + type);
        return new ProviderCreated(saved, secret);
    }

    /** A new webhook secret (audited); the old one stops working at once. */
    public ProviderCreated rotateSecret(Provider provider, AuditEvent.Actor by, AuditEvent.Origin origin) {
        String secret = SecretBox.randomSecret();
        provider.storeWebhookSecret(secrets.encrypt(secret), clock.instant());
        Provider saved = providers.save(provider);
        audit(by, origin, "provider.rotate_secret", saved, null);
        return new ProviderCreated(saved, secret);
    }

    /**
     * A new URL token (audited): signals are then also taken, unsigned, at {@code …/t/<token>}; an earlier token stops
     * working at once. Only its digest is kept.
     *
     * @return the token in clear, to be shown this once
     */
    public String rotateUrlToken(Provider provider, AuditEvent.Actor by, AuditEvent.Origin origin) {
        String token = SecretTokens.newSecret("wh_");
        provider.storeUrlToken(SecretTokens.digest(token), clock.instant());
        audit(by, origin, "provider.rotate_url_token", providers.save(provider), null);
        return token;
    }

    /** Turns URL-token intake off (audited): only signed deliveries are taken. */
    public Provider disableUrlToken(Provider provider, AuditEvent.Actor by, AuditEvent.Origin origin) {
        provider.storeUrlToken(null, clock.instant());
        Provider saved = providers.save(provider);
        audit(by, origin, "provider.disable_url_token", saved, null);
        return saved;
    }

    /** Whether the token is the provider's current URL token (compared as digests, in constant time). */
    public static boolean urlTokenMatches(Provider provider, String token) {
        return provider.getUrlTokenDigest() != null && token != null && MessageDigest.isEqual(
                provider.getUrlTokenDigest().getBytes(StandardCharsets.US_ASCII), SecretTokens.digest(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** Makes a member of the provider's community its owner, who may then post its signals by hand (audited). */
    public Provider handOver(Provider provider, String ownerUserId, AuditEvent.Actor by, AuditEvent.Origin origin) {
        String before = provider.getOwnerUserId();
        provider.handOver(ownerUserId, clock.instant());
        Provider saved = providers.save(provider);
        audit(by, origin, "provider.update", saved, "owner " + before + " -> " + ownerUserId);
        return saved;
    }

    /**
     * Applies a change (audited with what changed): a new name, on/off, a new Discord channel (blank unbinds it), the
     * Discord authors whose messages count; null leaves a field.
     *
     * @throws ProviderRefused when the channel is bound elsewhere or belongs to another Discord server; nothing changes
     */
    public Provider change(Provider provider, String name, Boolean enabled, String discordChannelId, List<String> discordAuthorIds,
                           AuditEvent.Actor by, AuditEvent.Origin origin) {
        Instant now = clock.instant();
        StringBuilder changed = new StringBuilder();
        String wanted = discordChannelId == null ? null : discordChannelId.isBlank() ? "" : discordChannelId.trim();
        String before = provider.getDiscordChannelId();
        if (wanted != null && !wanted.isEmpty() && !wanted.equals(before)) {
            bind(provider, wanted);
        }
        if (name != null) {
            changed.append("name ").append(provider.getName()).append(" -> ").append(name).append("; ");
            provider.rename(name, now);
        }
        if (enabled != null) {
            changed.append("enabled ").append(provider.isEnabled()).append(" -> ").append(enabled).append("; ");
            provider.enable(enabled, now);
        }
        if (wanted != null) {
            changed.append("channel ").append(before).append(" -> ").append(wanted).append("; ");
            provider.bindChannel(wanted.isEmpty() ? null : wanted, now);
        }
        if (discordAuthorIds != null) {
            changed.append("authors ").append(provider.getDiscordAuthorIds()).append(" -> ").append(discordAuthorIds).append("; ");
            provider.allowAuthors(discordAuthorIds, now);
        }
        Provider saved = providers.save(provider);
        if (wanted != null && before != null && !before.equals(wanted)) {
            channels.release(before, provider.getId());
        }
        audit(by, origin, "provider.update", saved, changed.toString().trim());
        return saved;
    }

    /** The channel becomes the provider's, if it is of the community's Discord server and nobody else's. */
    private void bind(Provider provider, String channelId) {
        String communityGuild = memberships.community(provider.getCommunityId()).map(Community::getDiscordGuildId).orElse(null);
        boolean connected = discord.connected();
        Optional<String> problem = DiscordChannels.problemBinding(connected, channelId, connected ? discord.guildOf(channelId) : Optional.empty(),
                communityGuild);
        if (problem.isPresent()) {
            throw new ProviderRefused("invalid_request", problem.get());
        }
        channels.claim(channelId, provider.getId(), provider.getCommunityId());
    }

    private void audit(AuditEvent.Actor by, AuditEvent.Origin origin, String action, Provider provider, String detail) {
        audit.record(new AuditEvent(action, AuditOutcome.SUCCESS, by, provider.getCommunityId(), origin, "provider " + provider.getId(), detail));
    }

    public Optional<String> webhookSecret(Provider provider) {
        return Optional.ofNullable(provider.getWebhookSecretEncrypted()).map(secrets::decrypt);
    }
}
