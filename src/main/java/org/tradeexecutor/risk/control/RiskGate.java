package org.tradeexecutor.risk.control;

import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.OpenPosition;
import org.tradeexecutor.risk.entity.OrderIntent;
import org.tradeexecutor.risk.entity.RiskContext;
import org.tradeexecutor.risk.entity.RiskDecision;
import org.tradeexecutor.risk.entity.RiskProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;

/**
 * Decides whether an order may go out and how large (PRODUCT X3; reference §6.2 with its defects fixed). In order:
 * circuit breaker, minimum balance, intraday drawdown (trips the breaker), daily loss limit, the trader's trading hours, the community's (in its time zone), open
 * positions, positions per symbol, leverage, max position size (existing + requested; reduce to fit), portfolio
 * exposure, buying power (reduce to fit). Orders that close positions only meet the HALTED breaker. Pure.
 */
public final class RiskGate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RiskGate() {
    }

    public static RiskDecision check(OrderIntent order, RiskContext context) {
        RiskProfile profile = context.profile();
        if (context.breaker() == BreakerState.HALTED) {
            return RiskDecision.rejected("circuit_breaker", "The circuit breaker halted trading; an admin must reset it.");
        }
        if (order.closing()) {
            return RiskDecision.approved(order.quantity());
        }
        if (context.breaker() == BreakerState.REDUCING) {
            return RiskDecision.rejected("circuit_breaker", "The circuit breaker is closing positions: only closing orders pass.");
        }
        BigDecimal equity = context.account().equity();
        if (equity.compareTo(profile.minAccountBalance()) < 0) {
            return RiskDecision.rejected("min_balance", "Equity " + money(equity) + " is below the minimum of " + money(profile.minAccountBalance()) + ".");
        }
        BigDecimal loss = context.dailyPnl().signum() < 0 ? context.dailyPnl().negate() : BigDecimal.ZERO;
        BigDecimal drawdownPercent = loss.multiply(HUNDRED).divide(equity, 2, RoundingMode.HALF_UP);
        if (drawdownPercent.compareTo(profile.circuitBreakerPercent()) >= 0) {
            return RiskDecision.breakerTripped("Circuit breaker: intraday loss of " + drawdownPercent.toPlainString() + " % reached the "
                    + profile.circuitBreakerPercent().toPlainString() + " % limit. Positions are being closed; trading is halted.");
        }
        BigDecimal dailyLimit = equity.multiply(profile.maxDailyLossPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (loss.compareTo(dailyLimit) > 0) {
            return RiskDecision.rejected("daily_loss", "Daily loss limit: " + money(loss) + " lost today, the limit is " + money(dailyLimit)
                    + " (" + profile.maxDailyLossPercent().toPlainString() + " %). Trading resumes at 00:00 UTC.");
        }
        if (profile.tradingHoursEnabled() && !withinTradingHours(profile, context)) {
            return RiskDecision.rejected("trading_hours", "Outside the trading window " + clock(profile.tradingStartMinute()) + "–"
                    + clock(profile.tradingEndMinute()) + " UTC.");
        }
        if (!context.communityHours().openAt(context.now())) {
            return RiskDecision.rejected("trading_hours", "Outside the community's trading hours: " + context.communityHours() + ".");
        }
        long inSymbol = context.positions().stream().filter(p -> p.symbol().equals(order.symbol())).count();
        if (inSymbol == 0 && context.positions().size() >= profile.maxOpenPositions()) {
            return RiskDecision.rejected("max_open_positions", "Already " + context.positions().size() + " open positions (the most is "
                    + profile.maxOpenPositions() + ").");
        }
        if (inSymbol >= profile.maxPositionsPerSymbol()) {
            return RiskDecision.rejected("max_positions_per_symbol", "Already " + inSymbol + " open positions in " + order.symbol()
                    + " (the most is " + profile.maxPositionsPerSymbol() + ").");
        }
        if (order.leverage().compareTo(profile.maxLeverage()) > 0) {
            return RiskDecision.rejected("max_leverage", "Leverage " + order.leverage().toPlainString() + "x is above your cap of "
                    + profile.maxLeverage().toPlainString() + "x.");
        }
        return sized(order, context);
    }

    /** Max position size (existing + requested), exposure, then buying power. */
    private static RiskDecision sized(OrderIntent order, RiskContext context) {
        RiskProfile profile = context.profile();
        BigDecimal equity = context.account().equity();
        BigDecimal quantity = order.quantity();
        String rule = null;
        String reason = null;
        BigDecimal maxValue = equity.multiply(profile.maxPositionPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal existing = context.positions().stream().filter(p -> p.symbol().equals(order.symbol()))
                .map(OpenPosition::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (existing.add(quantity.multiply(order.price())).compareTo(maxValue) > 0) {
            quantity = fit(maxValue.subtract(existing), order);
            rule = "max_position";
            reason = "Reduced to " + quantity.toPlainString() + " (max position " + profile.maxPositionPercent().toPlainString() + " % of "
                    + money(equity) + " = " + money(maxValue) + (existing.signum() > 0 ? ", " + money(existing) + " already held" : "") + ").";
            if (quantity.signum() <= 0) {
                return RiskDecision.rejected(rule, "Max position " + profile.maxPositionPercent().toPlainString() + " % of " + money(equity)
                        + " = " + money(maxValue) + (existing.signum() > 0 ? " is already used by " + money(existing) + " held" : " is too small for one unit") + ".");
            }
        }
        BigDecimal exposure = context.positions().stream().map(OpenPosition::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(quantity.multiply(order.price()));
        BigDecimal maxExposure = equity.multiply(profile.maxPortfolioExposurePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (exposure.compareTo(maxExposure) > 0) {
            return RiskDecision.rejected("max_exposure", "Open positions would be worth " + money(exposure) + ", above the exposure limit of "
                    + money(maxExposure) + " (" + profile.maxPortfolioExposurePercent().toPlainString() + " % of equity).");
        }
        BigDecimal buyingPower = context.account().buyingPower().multiply(order.leverage());
        if (quantity.multiply(order.price()).compareTo(buyingPower) > 0) {
            quantity = fit(buyingPower, order);
            if (quantity.signum() <= 0) {
                return RiskDecision.rejected("buying_power", "Buying power " + money(context.account().buyingPower()) + " is not enough for one unit.");
            }
            rule = "buying_power";
            reason = "Reduced to " + quantity.toPlainString() + " to fit the buying power of " + money(context.account().buyingPower()) + ".";
        }
        return rule == null ? RiskDecision.approved(quantity) : RiskDecision.adjusted(quantity, rule, reason);
    }

    /** The most units worth at most {@code value}, in whole units where the asset requires it. */
    private static BigDecimal fit(BigDecimal value, OrderIntent order) {
        if (value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return PositionSizer.plain(value.divide(order.price(), order.wholeUnits() ? 0 : PositionSizer.FRACTION_DIGITS, RoundingMode.DOWN));
    }

    private static boolean withinTradingHours(RiskProfile profile, RiskContext context) {
        int minute = context.now().atOffset(ZoneOffset.UTC).getHour() * 60 + context.now().atOffset(ZoneOffset.UTC).getMinute();
        int start = profile.tradingStartMinute();
        int end = profile.tradingEndMinute();
        return start < end ? minute >= start && minute <= end : minute >= start || minute <= end;
    }

    private static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    static String money(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
