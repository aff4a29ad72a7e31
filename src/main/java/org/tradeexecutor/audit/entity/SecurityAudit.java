package org.tradeexecutor.audit.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/** One security-relevant event: who did what, from where, with which outcome. Kept seven years. */
@Entity("security_audits")
public class SecurityAudit {

    @Id
    private String id;
    @Column
    @Convert(InstantAsDate.class)
    private Instant timestamp;
    @Column
    private String action;
    @Column
    private AuditOutcome outcome;
    @Column
    private String userId;
    @Column
    private String username;
    @Column
    private String communityId;
    @Column
    private String ipAddress;
    @Column
    private String userAgent;
    @Column
    private String resource;
    @Column
    private String detail;
    @Column
    private String before;
    @Column
    private String after;

    public SecurityAudit() {
    }

    public SecurityAudit(String id, Instant timestamp, String action, AuditOutcome outcome, String userId, String username,
                         String communityId, String ipAddress, String userAgent, String resource, String detail, String before, String after) {
        this.id = id;
        this.timestamp = timestamp;
        this.action = action;
        this.outcome = outcome;
        this.userId = userId;
        this.username = username;
        this.communityId = communityId;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.resource = resource;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    public String getId() { return id; }
    public Instant getTimestamp() { return timestamp; }
    public String getAction() { return action; }
    public AuditOutcome getOutcome() { return outcome; }
    public String getUserId() { return userId; }
    public String getUsername() { return username; }
    public String getCommunityId() { return communityId; }
    public String getIpAddress() { return ipAddress; }
    public String getUserAgent() { return userAgent; }
    public String getResource() { return resource; }
    public String getDetail() { return detail; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
