package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;

/**
 * An open position of the trader's primary broker account, marked to the current quote.
 *
 * @param quantity      positive long, negative short
 * @param unrealisedPnl (mark − entry) × quantity
 */
public record PositionView(String symbol, BigDecimal quantity, BigDecimal averageEntry, BigDecimal markPrice, BigDecimal marketValue,
                           BigDecimal unrealisedPnl) {
}
