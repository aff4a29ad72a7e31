package org.tradeexecutor.access.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;
import java.time.ZoneId;

/** A person who signs in. The id is a 24-character hex ObjectId string (the rollout bucket is computed from it). */
@Entity("users")
public class User {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Id
    private String id;
    @Column
    private String username;
    @Column
    private String displayName;
    @Column
    private String passwordHash;
    @Column
    private boolean platformAdmin;
    @Column
    private AccountStatus status;
    @Column
    private String statusReason;
    @Column
    private String activeCommunityId;
    @Column
    @Convert(InstantAsDate.class)
    private Instant createdAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant lastLoginAt;
    /** When the password last changed: sign-ins, sessions and connections from before then end. */
    @Column
    @Convert(InstantAsDate.class)
    private Instant credentialsChangedAt;
    /** The trader's time zone (an IANA id): days, weeks and months of the dashboards are counted in it. Null: UTC. */
    @Column
    private String timeZone;
    /** The linked Discord account's user id ({@link DiscordIdentity}), if any. */
    @Column
    private String discordUserId;

    public User() {
    }

    public User(String id, String username, String displayName, String passwordHash, boolean platformAdmin, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isPlatformAdmin() { return platformAdmin; }
    public AccountStatus getStatus() { return status == null ? AccountStatus.ACTIVE : status; }

    /** Whether the account may be used now (not suspended, banned or waiting for verification). */
    public boolean active() { return getStatus() == AccountStatus.ACTIVE; }
    public String getStatusReason() { return statusReason; }
    public String getActiveCommunityId() { return activeCommunityId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }

    public void changePassword(String passwordHash, Instant when) { this.passwordHash = passwordHash; this.credentialsChangedAt = when; }
    public Instant getCredentialsChangedAt() { return credentialsChangedAt; }
    /** Whether the password changed after that moment (a sign-in made before then no longer holds). */
    public boolean credentialsChangedAfter(Instant signedInAt) {
        return credentialsChangedAt != null && (signedInAt == null || credentialsChangedAt.isAfter(signedInAt));
    }
    public void changeStatus(AccountStatus status, String reason) { this.status = status; this.statusReason = reason; }
    public ZoneId zone() { return timeZone == null ? UTC : ZoneId.of(timeZone); }
    public void changeTimeZone(ZoneId zone) { this.timeZone = zone.getId(); }
    public void activateCommunity(String communityId) { this.activeCommunityId = communityId; }
    public void signedInAt(Instant when) { this.lastLoginAt = when; }
    public String getDiscordUserId() { return discordUserId; }
    public void linkDiscord(String discordUserId) { this.discordUserId = discordUserId; }
}
