package org.tradeexecutor.audit.entity;

import java.time.Instant;

/** One audit entry as hosts and admins read it: who, what (with before and after), from where, with which outcome, when. */
public record AuditEntry(String id, Instant timestamp, String action, AuditOutcome outcome, String userId, String username, String communityId,
                         String ipAddress, String userAgent, String resource, String detail, String before, String after) {
}
