package org.tradeexecutor.risk.control;

import org.tradeexecutor.risk.entity.ProviderRecord;
import org.tradeexecutor.risk.entity.SizingRequest;
import org.tradeexecutor.risk.entity.SizingResult;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sizes an order (PRODUCT X2; reference §6.2 / §6.1.4 with the defects fixed): fixed amount ÷ price, equity × % ÷ price,
 * risk-based equity × risk % ÷ |entry − stop| (units, not dollars: 10,000 × 2 % ÷ (45,000 − 43,000) = 0.1 BTC), or the
 * Kelly fraction of the provider's record capped, then times the copy multiplier; rounded down to whole shares or
 * contracts, or to {@value #FRACTION_DIGITS} decimals for coins. Pure.
 */
public final class PositionSizer {

    static final int FRACTION_DIGITS = 6;
    /** Kelly needs a record to trust; fewer closed trades than this size nothing. */
    static final int KELLY_MIN_TRADES = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PositionSizer() {
    }

    public static SizingResult size(SizingRequest request) {
        if (request.price() == null || request.price().signum() <= 0) {
            return new SizingResult(BigDecimal.ZERO, "No price to size the order from.");
        }
        BigDecimal unitPrice = request.price().multiply(BigDecimal.valueOf(request.contractSize()));
        BigDecimal value = request.rule().value();
        BigDecimal raw;
        String how;
        switch (request.rule().mode()) {
            case FIXED_AMOUNT -> {
                raw = value.divide(unitPrice, MathContext.DECIMAL64);
                how = RiskGate.money(value) + " ÷ " + unitPrice.toPlainString();
            }
            case PERCENT_OF_EQUITY -> {
                raw = request.equity().multiply(value).divide(HUNDRED).divide(unitPrice, MathContext.DECIMAL64);
                how = value.toPlainString() + " % of " + RiskGate.money(request.equity()) + " ÷ " + unitPrice.toPlainString();
            }
            case RISK_BASED -> {
                if (request.stop() == null || request.stop().compareTo(request.price()) == 0) {
                    return new SizingResult(BigDecimal.ZERO, "Risk-based sizing needs a stop away from the entry.");
                }
                BigDecimal risk = request.equity().multiply(value).divide(HUNDRED);
                BigDecimal perUnit = request.price().subtract(request.stop()).abs().multiply(BigDecimal.valueOf(request.contractSize()));
                raw = risk.divide(perUnit, MathContext.DECIMAL64);
                how = "risk " + value.toPlainString() + " % of " + RiskGate.money(request.equity()) + " = " + RiskGate.money(risk) + " ÷ "
                        + perUnit.toPlainString() + " per unit to the stop";
            }
            case KELLY -> {
                if (request.providerRecord().trades() < KELLY_MIN_TRADES && request.kellyFallback() != null) {
                    SizingResult fallback = size(request.withRule(request.kellyFallback()));
                    return new SizingResult(fallback.quantity(), "Kelly sizing needs " + KELLY_MIN_TRADES + " closed trades of this provider; it has "
                            + request.providerRecord().trades() + ", so sized " + request.kellyFallback().mode() + " instead: " + fallback.explanation());
                }
                BigDecimal fraction = kellyPercent(request.providerRecord(), value);
                if (fraction.signum() <= 0) {
                    return new SizingResult(BigDecimal.ZERO, request.providerRecord().trades() < KELLY_MIN_TRADES
                            ? "Kelly sizing needs " + KELLY_MIN_TRADES + " closed trades of this provider; it has " + request.providerRecord().trades() + "."
                            : "The provider's record gives no edge (Kelly fraction ≤ 0).");
                }
                raw = request.equity().multiply(fraction).divide(HUNDRED).divide(unitPrice, MathContext.DECIMAL64);
                how = "Kelly " + fraction.toPlainString() + " % of " + RiskGate.money(request.equity()) + " ÷ " + unitPrice.toPlainString();
            }
            default -> throw new IllegalStateException("Unknown sizing mode " + request.rule().mode());
        }
        BigDecimal multiplied = raw.multiply(request.multiplier());
        BigDecimal quantity = plain(multiplied.setScale(request.wholeUnits() ? 0 : FRACTION_DIGITS, RoundingMode.DOWN));
        String multiplierText = request.multiplier().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + request.multiplier().toPlainString();
        if (quantity.signum() <= 0) {
            return new SizingResult(BigDecimal.ZERO, how + multiplierText + " is less than one unit.");
        }
        return new SizingResult(quantity, how + multiplierText + " = " + quantity.toPlainString());
    }

    /** Kelly f = p − (1 − p) ÷ (W ÷ L), in percent, at most {@code capPercent}; 0 without a record to trust. */
    static BigDecimal kellyPercent(ProviderRecord record, BigDecimal capPercent) {
        if (record.trades() < KELLY_MIN_TRADES || record.averageLoss().signum() <= 0 || record.averageWin().signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal payoff = record.averageWin().divide(record.averageLoss(), MathContext.DECIMAL64);
        BigDecimal fraction = record.winRate().subtract(BigDecimal.ONE.subtract(record.winRate()).divide(payoff, MathContext.DECIMAL64));
        BigDecimal percent = fraction.multiply(HUNDRED).setScale(2, RoundingMode.DOWN);
        return percent.signum() <= 0 ? BigDecimal.ZERO : percent.min(capPercent);
    }

    /** 45000, not 4.5E+4; 0.1, not 0.100000. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
