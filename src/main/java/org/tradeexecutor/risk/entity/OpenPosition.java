package org.tradeexecutor.risk.entity;

import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;

/** An open position as the risk gate counts it: its symbol and its value at entry (times an option's multiplier). */
public record OpenPosition(String symbol, BigDecimal quantity, BigDecimal averageEntry) {

    public BigDecimal value() {
        return Instrument.of(symbol).value(quantity.abs(), averageEntry);
    }

    /** An entry on its way, counted as held: one unit whose value is what the entry is worth. */
    public static OpenPosition reserved(String symbol, BigDecimal value) {
        return new OpenPosition(symbol, BigDecimal.ONE, value.divide(BigDecimal.valueOf(Instrument.of(symbol).multiplier())));
    }
}
