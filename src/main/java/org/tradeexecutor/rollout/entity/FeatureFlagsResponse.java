package org.tradeexecutor.rollout.entity;

import java.time.Instant;

/** The answer of {@code GET /api/admin/feature-flags}. */
public record FeatureFlagsResponse(DualDashboard dualDashboard) {

    /**
     * @param enabled           the master switch
     * @param rolloutPercentage 0..100
     * @param strategy          always "consistent-hash"
     * @param source            "config" or "override"
     * @param lastUpdated       when the setting took effect
     * @param usersIn           users who get the new dashboards
     * @param usersOut          users who get the legacy dashboard
     */
    public record DualDashboard(boolean enabled, int rolloutPercentage, String strategy, String source, Instant lastUpdated,
                                long usersIn, long usersOut) {
    }
}
