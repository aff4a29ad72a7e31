package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/** An open position as the risk gate counts it: its symbol and its value at entry. */
public record OpenPosition(String symbol, BigDecimal quantity, BigDecimal averageEntry) {

    public BigDecimal value() {
        return quantity.abs().multiply(averageEntry);
    }
}
