package org.tradeexecutor.signals.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a host changes when approving a signal (PRODUCT S6); every field is optional and null leaves the parse's value.
 * {@code entryLow} and {@code entryHigh} together replace the entry with a range; {@code updatePrice} is the price of
 * a stop move ("Move SL to TP1" names no price).
 */
public record ReviewCorrection(String symbol, Direction direction, OrderType orderType, BigDecimal entry, BigDecimal entryLow,
                               BigDecimal entryHigh, BigDecimal stopLoss, List<BigDecimal> takeProfits, BigDecimal quantity,
                               BigDecimal sizePercent, BigDecimal leverage, LocalDate expiration, BigDecimal updatePrice) {

    public static final ReviewCorrection NONE = new ReviewCorrection(null, null, null, null, null, null, null, null, null, null, null, null, null);
}
