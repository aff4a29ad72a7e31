package org.tradeexecutor.access.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;
import java.util.List;

/**
 * A Discord account linked to one of ours, keyed by the Discord user id: the {@code _id} makes one Discord account
 * belong to one account here, and finding it is a look-up by key. The servers seen at the last sign-in offer their
 * communities.
 */
@Entity("discord_identities")
public class DiscordIdentity {

    @Id
    private String id;
    @Column
    private String userId;
    @Column
    private String username;
    @Column
    private List<String> guildIds;
    @Column
    @Convert(InstantAsDate.class)
    private Instant linkedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant seenAt;

    public DiscordIdentity() {
    }

    public DiscordIdentity(DiscordProfile profile, String userId, Instant now) {
        this.id = profile.id();
        this.userId = userId;
        this.linkedAt = now;
        seen(profile, now);
    }

    /** Signed in again: the name and servers as Discord tells them now. */
    public void seen(DiscordProfile profile, Instant now) {
        this.username = profile.username();
        this.guildIds = List.copyOf(profile.guildIds());
        this.seenAt = now;
    }

    public String getId() { return id; }
    public String getUserId() { return userId; }
    public String getUsername() { return username; }
    public List<String> getGuildIds() { return guildIds == null ? List.of() : guildIds; }
    public Instant getLinkedAt() { return linkedAt; }
}
