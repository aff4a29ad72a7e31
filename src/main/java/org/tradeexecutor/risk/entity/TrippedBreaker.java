package org.tradeexecutor.risk.entity;

import java.time.Instant;

/** A member whose circuit breaker stopped new entries (REDUCING) or all orders (HALTED), as hosts see it. */
public record TrippedBreaker(String userId, String username, BreakerState state, String reason, Instant trippedAt) {
}
