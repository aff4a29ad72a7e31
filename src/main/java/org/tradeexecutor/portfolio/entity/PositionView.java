package org.tradeexecutor.portfolio.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An open position from one provider, marked to the current quote.
 *
 * @param quantity      positive long, negative short
 * @param unrealisedPnl (mark − entry) × quantity
 * @param realisedPnl   of this round trip so far (partial closes), after fees
 */
public record PositionView(String id, String symbol, String providerId, BigDecimal quantity, BigDecimal averageEntry, BigDecimal markPrice,
                           BigDecimal marketValue, BigDecimal unrealisedPnl, BigDecimal realisedPnl, Instant openedAt) {
}
