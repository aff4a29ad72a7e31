package org.tradeexecutor.execution.entity;

import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A quantity of one symbol held at an average entry, with the profit realised on what was closed: the paper broker
 * keeps one per account and symbol, the portfolio one per position of a provider. Prices are per unit (an option's
 * premium per share); money is quantity × price × the instrument's multiplier.
 *
 * @param quantity     positive long, negative short
 * @param averageEntry average price of the open quantity
 * @param realisedPnl  profit or loss of what was closed, after fees
 */
public record Holding(String symbol, BigDecimal quantity, BigDecimal averageEntry, BigDecimal realisedPnl) {

    private static final int PRICE_DIGITS = 8;

    public static Holding flat(String symbol) {
        return new Holding(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The position after a fill. Adding to it averages the entry; reducing it realises (price − entry) × closed
     * quantity (reversed for a short); going through zero opens the rest at the fill price. The fee is always a cost.
     *
     * @param signedQuantity bought (positive) or sold (negative)
     */
    public Holding afterFill(BigDecimal signedQuantity, BigDecimal price, BigDecimal fee) {
        BigDecimal after = quantity.add(signedQuantity);
        if (quantity.signum() == 0 || quantity.signum() == signedQuantity.signum()) {
            BigDecimal cost = quantity.abs().multiply(averageEntry).add(signedQuantity.abs().multiply(price));
            BigDecimal average = cost.divide(after.abs(), MathContext.DECIMAL64).setScale(PRICE_DIGITS, RoundingMode.HALF_UP).stripTrailingZeros();
            return new Holding(symbol, after, average, realisedPnl.subtract(fee));
        }
        BigDecimal closed = signedQuantity.abs().min(quantity.abs());
        BigDecimal pnl = Instrument.of(symbol).value(closed, price.subtract(averageEntry)).multiply(BigDecimal.valueOf(quantity.signum()));
        BigDecimal average = after.signum() == 0 ? BigDecimal.ZERO : after.signum() == quantity.signum() ? averageEntry : price;
        return new Holding(symbol, after, average, realisedPnl.add(pnl).subtract(fee));
    }

    /** Value at a price, times the contract multiplier: positive for a long, negative for a short (what closing it would pay or cost). */
    public BigDecimal valueAt(BigDecimal price) {
        return Instrument.of(symbol).value(quantity, price);
    }
}
