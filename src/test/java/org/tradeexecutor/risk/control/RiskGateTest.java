package org.tradeexecutor.risk.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.risk.entity.AccountSnapshot;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.OpenPosition;
import org.tradeexecutor.risk.entity.OrderIntent;
import org.tradeexecutor.risk.entity.RiskContext;
import org.tradeexecutor.risk.entity.RiskDecision;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.risk.entity.RiskVerdict;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference §6.2 worked examples (equity 10,000, defaults = the MODERATE preset), with its defects fixed. */
class RiskGateTest {

    private static final RiskProfile DEFAULTS = RiskPreset.MODERATE.forUser("u1");
    private static final AccountSnapshot ACCOUNT = new AccountSnapshot(new BigDecimal("10000"), new BigDecimal("10000"), new BigDecimal("10000"));
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anOrderWithinEveryLimitIsApproved() {
        RiskDecision decision = check(buy(5, 180), DEFAULTS, List.of(), "0");
        assertEquals(RiskVerdict.APPROVED, decision.verdict());
        assertEquals(new BigDecimal("5"), decision.quantity());
    }

    @Test
    void tooLargeAnOrderIsReducedToTheMaxPositionNotRejected() {
        for (int requested : new int[]{10, 100}) {
            RiskDecision decision = check(buy(requested, 180), DEFAULTS, List.of(), "0");
            assertEquals(RiskVerdict.ADJUSTED, decision.verdict());
            assertEquals(new BigDecimal("5"), decision.quantity(), "10 % of 10,000 = 1,000 → 5 × 180");
            assertTrue(decision.reason().contains("max position 10 %"), decision.reason());
        }
    }

    @Test
    void aCustomMaxPositionReducesFurther() {
        RiskDecision decision = check(buy(6, 180), with(DEFAULTS, "5", null, null), List.of(), "0");
        assertEquals(new BigDecimal("2"), decision.quantity(), "5 % = 500 → 2 × 180");
    }

    @Test
    void anExistingPositionCountsWithTheRequestedOne() {
        List<OpenPosition> held = List.of(new OpenPosition("AAPL", new BigDecimal("50"), new BigDecimal("180")));
        RiskDecision bigger = check(buy(10, 180), DEFAULTS, held, "0");
        assertEquals(RiskVerdict.REJECTED, bigger.verdict(), "9,000 held already exceeds the 1,000 cap; the predecessor adjusted to 5");
        assertEquals("max_position", bigger.rule());
        assertEquals(RiskVerdict.REJECTED, check(buy(2, 180), DEFAULTS, held, "0").verdict());
    }

    @Test
    void theDailyLossLimitRejectsUntilMidnightAndItsBoundaryStillTrades() {
        RiskDecision over = check(buy(1, 180), DEFAULTS, List.of(), "-600");
        assertEquals("daily_loss", over.rule());
        assertTrue(over.reason().contains("00:00 UTC"));
        assertTrue(check(buy(1, 180), DEFAULTS, List.of(), "-500").allowed(), "exactly the limit is still allowed");
        assertEquals("daily_loss", check(buy(1, 180), with(DEFAULTS, null, "3", null), List.of(), "-350").rule());
    }

    @Test
    void theIntradayDrawdownTripsTheCircuitBreaker() {
        RiskDecision tripped = check(buy(1, 180), DEFAULTS, List.of(), "-850");
        assertTrue(tripped.tripsBreaker(), "8.5 % ≥ 8 %");
        assertTrue(check(buy(1, 180), with(DEFAULTS, null, "5", "5"), List.of(), "-550").tripsBreaker());
        assertFalse(check(buy(1, 180), DEFAULTS, List.of(), "-799").tripsBreaker());
    }

    @Test
    void aReducingBreakerLetsOnlyClosingOrdersThroughAndAHaltedOneNothing() {
        OrderIntent close = new OrderIntent("AAPL", BigDecimal.ONE, new BigDecimal("180"), true, BigDecimal.ONE, true);
        assertFalse(check(buy(1, 180), DEFAULTS, List.of(), "0", BreakerState.REDUCING).allowed());
        assertTrue(check(close, DEFAULTS, List.of(), "0", BreakerState.REDUCING).allowed());
        assertFalse(check(close, DEFAULTS, List.of(), "0", BreakerState.HALTED).allowed());
    }

    @Test
    void equityBelowTheMinimumBalanceOpensNothing() {
        AccountSnapshot poor = new AccountSnapshot(new BigDecimal("99"), new BigDecimal("99"), new BigDecimal("99"));
        RiskDecision decision = RiskGate.check(buy(1, 10), new RiskContext(DEFAULTS, poor, List.of(), BigDecimal.ZERO, BreakerState.ACTIVE, NOON));
        assertEquals("min_balance", decision.rule());
    }

    @Test
    void openPositionLimitsCountPositionsAndSymbols() {
        RiskProfile two = new RiskProfile("u1", DEFAULTS.sizingMode(), DEFAULTS.fixedAmount(), DEFAULTS.percentOfEquity(),
                DEFAULTS.riskPerTradePercent(), DEFAULTS.kellyCapPercent(), DEFAULTS.maxPositionPercent(), DEFAULTS.defaultStopLossPercent(),
                DEFAULTS.defaultTakeProfitPercent(), DEFAULTS.maxDailyLossPercent(), DEFAULTS.circuitBreakerPercent(),
                DEFAULTS.maxPortfolioExposurePercent(), 2, 1, DEFAULTS.minAccountBalance(), DEFAULTS.maxLeverage(), false, 0, 0, false,
                DEFAULTS.trailingStopPercent());
        List<OpenPosition> held = List.of(new OpenPosition("MSFT", BigDecimal.ONE, BigDecimal.TEN), new OpenPosition("AAPL", BigDecimal.ONE, BigDecimal.TEN));
        assertEquals("max_open_positions", RiskGate.check(new OrderIntent("TSLA", BigDecimal.ONE, BigDecimal.TEN, false, BigDecimal.ONE, true),
                new RiskContext(two, ACCOUNT, held, BigDecimal.ZERO, BreakerState.ACTIVE, NOON)).rule());
        assertEquals("max_positions_per_symbol", check(buy(1, 10), two, held, "0").rule());
    }

    @Test
    void exposureAboveTheLimitIsRejected() {
        List<OpenPosition> held = List.of(new OpenPosition("MSFT", new BigDecimal("79"), new BigDecimal("100")));
        RiskDecision decision = check(buy(2, 100), DEFAULTS, held, "0");
        assertEquals("max_exposure", decision.rule(), decision.reason());
    }

    @Test
    void tradingHoursMayEvenSpanMidnight() {
        RiskProfile nights = new RiskProfile("u1", DEFAULTS.sizingMode(), DEFAULTS.fixedAmount(), DEFAULTS.percentOfEquity(),
                DEFAULTS.riskPerTradePercent(), DEFAULTS.kellyCapPercent(), DEFAULTS.maxPositionPercent(), DEFAULTS.defaultStopLossPercent(),
                DEFAULTS.defaultTakeProfitPercent(), DEFAULTS.maxDailyLossPercent(), DEFAULTS.circuitBreakerPercent(),
                DEFAULTS.maxPortfolioExposurePercent(), 10, 3, DEFAULTS.minAccountBalance(), DEFAULTS.maxLeverage(), true, 22 * 60, 6 * 60, false,
                DEFAULTS.trailingStopPercent());
        assertEquals("trading_hours", check(buy(1, 10), nights, List.of(), "0").rule());
        RiskDecision atNight = RiskGate.check(buy(1, 10), new RiskContext(nights, ACCOUNT, List.of(), BigDecimal.ZERO, BreakerState.ACTIVE,
                Instant.parse("2026-11-23T23:30:00Z")));
        assertTrue(atNight.allowed());
    }

    @Test
    void leverageAboveTheCapIsRejectedAndBuyingPowerReducesTheOrder() {
        assertEquals("max_leverage", check(new OrderIntent("BTCUSDT", BigDecimal.ONE, BigDecimal.TEN, false, new BigDecimal("20"), false),
                DEFAULTS, List.of(), "0").rule());
        AccountSnapshot littleCash = new AccountSnapshot(new BigDecimal("10000"), new BigDecimal("300"), new BigDecimal("300"));
        RiskDecision decision = RiskGate.check(buy(5, 100), new RiskContext(DEFAULTS, littleCash, List.of(), BigDecimal.ZERO, BreakerState.ACTIVE, NOON));
        assertEquals(new BigDecimal("3"), decision.quantity());
        assertEquals("buying_power", decision.rule());
    }

    private static OrderIntent buy(int quantity, int price) {
        return new OrderIntent("AAPL", BigDecimal.valueOf(quantity), BigDecimal.valueOf(price), false, BigDecimal.ONE, true);
    }

    private static RiskDecision check(OrderIntent order, RiskProfile profile, List<OpenPosition> positions, String dailyPnl) {
        return check(order, profile, positions, dailyPnl, BreakerState.ACTIVE);
    }

    private static RiskDecision check(OrderIntent order, RiskProfile profile, List<OpenPosition> positions, String dailyPnl, BreakerState breaker) {
        return RiskGate.check(order, new RiskContext(profile, ACCOUNT, positions, new BigDecimal(dailyPnl), breaker, NOON));
    }

    /** The profile with another max position %, daily loss % and circuit breaker % where given. */
    private static RiskProfile with(RiskProfile p, String maxPosition, String dailyLoss, String breaker) {
        return new RiskProfile(p.userId(), p.sizingMode(), p.fixedAmount(), p.percentOfEquity(), p.riskPerTradePercent(), p.kellyCapPercent(),
                maxPosition == null ? p.maxPositionPercent() : new BigDecimal(maxPosition), p.defaultStopLossPercent(), p.defaultTakeProfitPercent(),
                dailyLoss == null ? p.maxDailyLossPercent() : new BigDecimal(dailyLoss), breaker == null ? p.circuitBreakerPercent() : new BigDecimal(breaker),
                p.maxPortfolioExposurePercent(), p.maxOpenPositions(), p.maxPositionsPerSymbol(), p.minAccountBalance(), p.maxLeverage(),
                p.tradingHoursEnabled(), p.tradingStartMinute(), p.tradingEndMinute(), p.useTrailingStop(), p.trailingStopPercent());
    }
}
