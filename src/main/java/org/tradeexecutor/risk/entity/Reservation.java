package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An entry planned for a trader but not yet in their account (on its way, resting, waiting for confirmation): it
 * holds its place in the trader's limits, so that two signals at once cannot both take a place only one fits.
 *
 * @param executionId the entry's execution
 * @param value       what it is worth at the planned price (times the contract multiplier)
 * @param reservedAt  when it was planned
 */
public record Reservation(String executionId, String symbol, BigDecimal value, Instant reservedAt) {
}
