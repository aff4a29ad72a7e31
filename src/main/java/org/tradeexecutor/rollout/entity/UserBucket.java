package org.tradeexecutor.rollout.entity;

/** The answer of {@code GET /api/admin/feature-flags/dual-dashboard?userId=…}. */
public record UserBucket(String userId, int bucket, boolean enabled) {
}
