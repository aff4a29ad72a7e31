package org.tradeexecutor.signals.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A source of signals in one community: a Discord channel, a webhook, or people posting by hand. */
@Entity("providers")
public class Provider {

    @Id
    private String id;
    @Column
    private String communityId;
    @Column
    private String name;
    @Column
    private ProviderType type;
    @Column
    private String discordChannelId;
    /** For a Discord provider: whose messages count (Discord user ids); empty = everyone in the channel. */
    @Column
    private List<String> discordAuthorIds = new ArrayList<>();
    @Column
    private boolean enabled;
    @Column
    private VerificationStatus verificationStatus;
    /** The webhook secret, encrypted with the platform's SecretBox; never returned by the API after creation. */
    @Column
    private String webhookSecretEncrypted;
    /**
     * SHA-256 of the URL token of a provider whose sender cannot sign (TradingView alerts set no headers); null while
     * that mode is off. The token itself is shown once, when it is made.
     */
    @Column
    private String urlTokenDigest;
    @Column
    private String ownerUserId;
    @Column
    @Convert(InstantAsDate.class)
    private Instant createdAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant updatedAt;

    public Provider() {
    }

    public Provider(String id, String communityId, String name, ProviderType type, String discordChannelId, String ownerUserId,
                    Instant createdAt) {
        this.id = id;
        this.communityId = communityId;
        this.name = name;
        this.type = type;
        this.discordChannelId = discordChannelId;
        this.ownerUserId = ownerUserId;
        this.enabled = true;
        this.verificationStatus = VerificationStatus.UNVERIFIED;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public String getName() { return name; }
    public ProviderType getType() { return type; }
    public String getDiscordChannelId() { return discordChannelId; }
    public boolean isEnabled() { return enabled; }
    public List<String> getDiscordAuthorIds() { return discordAuthorIds == null ? List.of() : List.copyOf(discordAuthorIds); }
    public VerificationStatus getVerificationStatus() { return verificationStatus; }
    public String getWebhookSecretEncrypted() { return webhookSecretEncrypted; }
    public String getUrlTokenDigest() { return urlTokenDigest; }
    public String getOwnerUserId() { return ownerUserId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public void rename(String name, Instant when) { this.name = name; this.updatedAt = when; }
    public void handOver(String ownerUserId, Instant when) { this.ownerUserId = ownerUserId; this.updatedAt = when; }
    public void bindChannel(String discordChannelId, Instant when) { this.discordChannelId = discordChannelId; this.updatedAt = when; }
    public void allowAuthors(List<String> authorIds, Instant when) { this.discordAuthorIds = new ArrayList<>(authorIds); this.updatedAt = when; }
    public void enable(boolean enabled, Instant when) { this.enabled = enabled; this.updatedAt = when; }
    public void verify(VerificationStatus status, Instant when) { this.verificationStatus = status; this.updatedAt = when; }
    public void storeWebhookSecret(String encrypted, Instant when) { this.webhookSecretEncrypted = encrypted; this.updatedAt = when; }
    /** @param digest the new URL token's digest; null turns URL-token intake off */
    public void storeUrlToken(String digest, Instant when) { this.urlTokenDigest = digest; this.updatedAt = when; }
}
