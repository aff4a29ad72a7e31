package org.tradeexecutor.rollout.entity;

import java.time.Instant;

/**
 * The effective setting of the dual-dashboard flag.
 *
 * @param enabled           the master switch
 * @param rolloutPercentage 0..100
 * @param source            "config" or "override"
 * @param lastUpdated       when this setting took effect
 */
public record FlagState(boolean enabled, int rolloutPercentage, String source, Instant lastUpdated) {
}
