package org.tradeexecutor.risk.entity;

import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;

/** An open position as the risk gate counts it: its symbol and its value at entry (times an option's multiplier). */
public record OpenPosition(String symbol, BigDecimal quantity, BigDecimal averageEntry) {

    public BigDecimal value() {
        return Instrument.of(symbol).value(quantity.abs(), averageEntry);
    }
}
