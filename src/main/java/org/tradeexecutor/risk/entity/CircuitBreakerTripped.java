package org.tradeexecutor.risk.entity;

import java.time.Instant;

/** CDI event: a trader's intraday drawdown reached the circuit breaker; open positions are to be closed. */
public record CircuitBreakerTripped(String userId, Instant trippedAt, String reason) {
}
