package org.tradeexecutor.analytics.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The statistics of a series of closed trades in closing order (docs/ANALYTICS.md has the definitions and a worked
 * example). Each trade is its outcome (pnl after fees: &gt; 0 a win, &lt; 0 a loss, 0 even) and a value the averages are
 * taken on — the trade's pnlPercent for a provider's record, its pnl in money for a trader's summary. Pure.
 *
 * @param trades              how many
 * @param wins                pnl &gt; 0
 * @param losses              pnl &lt; 0
 * @param winRate             wins ÷ trades (0–1), null without trades
 * @param averageWin          mean value of a win (positive), null without wins
 * @param averageLoss         mean size of a loss (positive), null without losses
 * @param profitFactor        Σ winning values ÷ |Σ losing values|, null without losses
 * @param expectancy          winRate · averageWin − lossRate · averageLoss, null without trades
 * @param expectancyRatio     (1 + averageWin ÷ averageLoss) · winRate − 1 (without wins: −1), null without losses
 * @param maxDrawdown         largest fall of the cumulative sum of values from its running high (which starts at 0)
 * @param best                largest value, null without trades
 * @param worst               smallest value, null without trades
 */
public record TradeStatistics(int trades, int wins, int losses, BigDecimal winRate, BigDecimal averageWin, BigDecimal averageLoss,
                              BigDecimal profitFactor, BigDecimal expectancy, BigDecimal expectancyRatio, BigDecimal maxDrawdown,
                              BigDecimal best, BigDecimal worst) {

    private static final int SCALE = 4;
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** One closed trade: its outcome's sign and the value averaged. */
    public record Outcome(int sign, BigDecimal value) {
    }

    public static TradeStatistics of(List<Outcome> closingOrder) {
        int n = closingOrder.size();
        int wins = 0;
        int losses = 0;
        BigDecimal winSum = BigDecimal.ZERO;
        BigDecimal lossSum = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        BigDecimal drawdown = BigDecimal.ZERO;
        BigDecimal best = null;
        BigDecimal worst = null;
        for (Outcome o : closingOrder) {
            if (o.sign() > 0) {
                wins++;
                winSum = winSum.add(o.value());
            } else if (o.sign() < 0) {
                losses++;
                lossSum = lossSum.add(o.value());
            }
            cumulative = cumulative.add(o.value());
            high = high.max(cumulative);
            drawdown = drawdown.max(high.subtract(cumulative));
            best = best == null ? o.value() : best.max(o.value());
            worst = worst == null ? o.value() : worst.min(o.value());
        }
        if (n == 0) {
            return new TradeStatistics(0, 0, 0, null, null, null, null, null, null, BigDecimal.ZERO, null, null);
        }
        BigDecimal trades = BigDecimal.valueOf(n);
        BigDecimal winRate = BigDecimal.valueOf(wins).divide(trades, PRECISION);
        BigDecimal lossRate = BigDecimal.valueOf(losses).divide(trades, PRECISION);
        BigDecimal averageWin = wins == 0 ? null : winSum.divide(BigDecimal.valueOf(wins), PRECISION);
        BigDecimal averageLoss = losses == 0 ? null : lossSum.abs().divide(BigDecimal.valueOf(losses), PRECISION);
        BigDecimal profitFactor = losses == 0 || lossSum.signum() == 0 ? null : winSum.divide(lossSum.abs(), PRECISION);
        BigDecimal expectancy = winRate.multiply(orZero(averageWin)).subtract(lossRate.multiply(orZero(averageLoss)));
        BigDecimal expectancyRatio = averageLoss == null || averageLoss.signum() == 0 ? null
                : BigDecimal.ONE.add(orZero(averageWin).divide(averageLoss, PRECISION)).multiply(winRate).subtract(BigDecimal.ONE);
        return new TradeStatistics(n, wins, losses, round(winRate), round(averageWin), round(averageLoss), round(profitFactor),
                round(expectancy), round(expectancyRatio), round(drawdown), round(best), round(worst));
    }

    /**
     * Sharpe as freqtrade computes it, on returns (pnlPercent ÷ 100): the sum of the returns ÷ the days of the period,
     * over the population standard deviation of the returns, × √365. Null for fewer than two trades or no variance
     * (freqtrade answers −100 there; a number that looks like a verdict is worse than none).
     */
    public static BigDecimal sharpe(double[] returns, long periodDays) {
        return ratio(returns, returns, periodDays);
    }

    /** Sortino as freqtrade computes it: Sharpe's numerator over the deviation of the losing trades' returns only. */
    public static BigDecimal sortino(double[] returns, double[] losingReturns, long periodDays) {
        return ratio(returns, losingReturns, periodDays);
    }

    private static BigDecimal ratio(double[] returns, double[] deviationOf, long periodDays) {
        if (returns.length < 2 || deviationOf.length == 0) {
            return null;
        }
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        double deviation = populationDeviation(deviationOf);
        if (deviation == 0 || Double.isNaN(deviation)) {
            return null;
        }
        double perDay = sum / Math.max(1, periodDays);
        return BigDecimal.valueOf(perDay / deviation * Math.sqrt(365)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static double populationDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        // Relative to the values: a sum of equal numbers leaves rounding noise, which is no variance.
        double deviation = Math.sqrt(squares / values.length);
        return deviation <= 1e-12 * Math.max(1, Math.abs(mean)) ? 0 : deviation;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static BigDecimal round(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
