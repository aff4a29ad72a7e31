package org.tradeexecutor.risk.entity;

/**
 * The circuit breaker (PRODUCT X3): ACTIVE trades normally; REDUCING after the intraday drawdown limit was hit, only
 * orders that close positions pass; HALTED once flat, nothing passes until an admin resets it.
 */
public enum BreakerState {
    ACTIVE, REDUCING, HALTED
}
