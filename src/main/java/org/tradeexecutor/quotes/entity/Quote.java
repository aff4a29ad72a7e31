package org.tradeexecutor.quotes.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One price of a symbol: what a buyer pays ({@code ask}), what a seller gets ({@code bid}), the last trade.
 */
public record Quote(String symbol, BigDecimal bid, BigDecimal ask, BigDecimal last, Instant at) {

    public BigDecimal mid() {
        return bid.add(ask).divide(BigDecimal.valueOf(2), Math.max(bid.scale(), ask.scale()) + 1, RoundingMode.HALF_EVEN);
    }
}
