package org.tradeexecutor.communities.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/** A trading community (a Discord server): the tenant every other document belongs to. */
@Entity("communities")
public class Community {

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private String ownerId;
    @Column
    private String plan;
    @Column
    @Convert(InstantAsDate.class)
    private Instant createdAt;

    public Community() {
    }

    public Community(String id, String name, String ownerId, String plan, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.plan = plan;
        this.createdAt = createdAt;
    }

    /** Whether followers' orders go out without confirmation when their subscription says INHERIT (default: no). */
    @Column
    private Boolean autoExecuteByDefault;

    /** The community's Discord server: only its channels may be bound to providers while the bot is connected. */
    @Column
    private String discordGuildId;

    public boolean isAutoExecuteByDefault() { return Boolean.TRUE.equals(autoExecuteByDefault); }
    public String getDiscordGuildId() { return discordGuildId; }
    public void configure(boolean autoExecuteByDefault, String discordGuildId) {
        this.autoExecuteByDefault = autoExecuteByDefault;
        this.discordGuildId = discordGuildId;
    }
    public String getId() { return id; }
    public String getName() { return name; }
    public String getOwnerId() { return ownerId; }
    public String getPlan() { return plan; }
    public Instant getCreatedAt() { return createdAt; }
}
