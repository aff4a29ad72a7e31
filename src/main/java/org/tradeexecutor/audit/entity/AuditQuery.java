package org.tradeexecutor.audit.entity;

import java.time.Instant;

/**
 * Which audit entries are read: one community's ({@code communityId}) or, for a platform admin, every community's
 * (null); {@code from} included, {@code to} excluded; {@code actor} is a username (literal, any case), {@code action}
 * the start of an action's name ({@code community.} finds every community action), both optional.
 */
public record AuditQuery(String communityId, Instant from, Instant to, String actor, String action, AuditOutcome outcome, int page, int size) {

    /** The same entries, every page of them. */
    public AuditQuery allPages() {
        return new AuditQuery(communityId, from, to, actor, action, outcome, 0, Integer.MAX_VALUE);
    }
}
