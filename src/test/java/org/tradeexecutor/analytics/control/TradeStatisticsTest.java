package org.tradeexecutor.analytics.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every formula of docs/ANALYTICS.md against figures worked out by hand (the worked example there is the first test). */
class TradeStatisticsTest {

    private static List<TradeStatistics.Outcome> percents(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).map(v -> new TradeStatistics.Outcome(v.signum(), v)).toList();
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void theWorkedExample() {
        // +10, −5, +5, −10, +20 (docs/ANALYTICS.md)
        TradeStatistics s = TradeStatistics.of(percents("10", "-5", "5", "-10", "20"));
        assertEquals(5, s.trades());
        assertEquals(3, s.wins());
        assertEquals(2, s.losses());
        same("0.6", s.winRate());
        same("11.6667", s.averageWin());       // 35 ÷ 3
        same("7.5", s.averageLoss());          // 15 ÷ 2
        same("2.3333", s.profitFactor());      // 35 ÷ 15
        same("4", s.expectancy());             // 0.6 × 11.667 − 0.4 × 7.5
        same("0.5333", s.expectancyRatio());   // (1 + 11.667 ÷ 7.5) × 0.6 − 1
        same("10", s.maxDrawdown());           // cumulative 10, 5, 10, 0, 20: from 10 down to 0
        same("20", s.best());
        same("-10", s.worst());
    }

    @Test
    void sharpeAndSortinoAsFreqtradeComputesThem() {
        double[] returns = {0.10, -0.05, 0.05, -0.10, 0.20};
        // Σ 0.20 over 10 days = 0.02 a day; population deviation 0.106771; × √365
        same("3.5787", TradeStatistics.sharpe(returns, 10));
        // the losing returns −0.05 and −0.10 deviate by 0.025
        same("15.284", TradeStatistics.sortino(returns, new double[]{-0.05, -0.10}, 10));
    }

    @Test
    void noLossesLeaveTheRatiosThatDivideByLossesOpen() {
        TradeStatistics s = TradeStatistics.of(percents("2", "4"));
        same("1", s.winRate());
        same("3", s.averageWin());
        assertNull(s.averageLoss());
        assertNull(s.profitFactor());
        assertNull(s.expectancyRatio());
        same("3", s.expectancy());
        same("0", s.maxDrawdown());
        assertNull(TradeStatistics.sortino(new double[]{0.02, 0.04}, new double[0], 3));
    }

    @Test
    void oneTradeHasNoDeviation() {
        TradeStatistics s = TradeStatistics.of(percents("-3"));
        assertEquals(1, s.trades());
        same("0", s.winRate());
        same("3", s.averageLoss());
        same("3", s.maxDrawdown());
        assertNull(TradeStatistics.sharpe(new double[]{-0.03}, 1));
    }

    @Test
    void allLosses() {
        TradeStatistics s = TradeStatistics.of(percents("-1", "-2", "-3"));
        same("0", s.winRate());
        assertNull(s.averageWin());
        same("2", s.averageLoss());
        same("0", s.profitFactor());
        same("-2", s.expectancy());
        same("-1", s.expectancyRatio());
        same("6", s.maxDrawdown());
        same("-1", s.best());
    }

    @Test
    void zeroVarianceHasNoSharpe() {
        assertNull(TradeStatistics.sharpe(new double[]{0.05, 0.05, 0.05}, 30));
        assertNull(TradeStatistics.sortino(new double[]{-0.05, -0.05, 0.1}, new double[]{-0.05, -0.05}, 30));
    }

    @Test
    void anEvenTradeIsNeitherWinNorLossButCounts() {
        TradeStatistics s = TradeStatistics.of(List.of(new TradeStatistics.Outcome(0, BigDecimal.ZERO), new TradeStatistics.Outcome(1, BigDecimal.TEN)));
        assertEquals(2, s.trades());
        assertEquals(1, s.wins());
        assertEquals(0, s.losses());
        same("0.5", s.winRate());
        same("5", s.expectancy());
    }

    @Test
    void noTrades() {
        TradeStatistics s = TradeStatistics.of(List.of());
        assertEquals(0, s.trades());
        assertNull(s.winRate());
        assertNull(s.expectancy());
        same("0", s.maxDrawdown());
    }
}
