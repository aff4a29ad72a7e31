package org.tradeexecutor.communities.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One member as the host's member list shows them (PRODUCT C1); {@code statusReason} is why a suspended member is
 * suspended, {@code realised30d} the realised P&L of the last 30 UTC days.
 */
public record MemberRow(String userId, String username, String displayName, CommunityRole role, MembershipStatus status, String statusReason, Instant joinedAt,
                        Instant lastActiveAt, long followedProviders, BigDecimal realised30d) {

    public MemberRow withRealised30d(BigDecimal realised) {
        return new MemberRow(userId, username, displayName, role, status, statusReason, joinedAt, lastActiveAt, followedProviders, realised);
    }
}
