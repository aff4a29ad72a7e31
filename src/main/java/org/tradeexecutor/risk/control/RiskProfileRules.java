package org.tradeexecutor.risk.control;

import org.tradeexecutor.risk.entity.RiskProfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The ranges a risk profile must keep (reference §6.3, widened where §6.2 needs it); each problem is one sentence. */
public final class RiskProfileRules {

    private RiskProfileRules() {
    }

    public static List<String> problems(RiskProfile p) {
        List<String> problems = new ArrayList<>();
        if (p.sizingMode() == null) {
            problems.add("sizingMode must be FIXED_AMOUNT, PERCENT_OF_EQUITY, RISK_BASED or KELLY.");
        }
        range(problems, "fixedAmount", p.fixedAmount(), "1", "1000000");
        range(problems, "percentOfEquity", p.percentOfEquity(), "0.1", "100");
        range(problems, "riskPerTradePercent", p.riskPerTradePercent(), "0.1", "10");
        range(problems, "kellyCapPercent", p.kellyCapPercent(), "0.1", "25");
        range(problems, "maxPositionPercent", p.maxPositionPercent(), "0.5", "100");
        range(problems, "defaultStopLossPercent", p.defaultStopLossPercent(), "0.5", "20");
        range(problems, "defaultTakeProfitPercent", p.defaultTakeProfitPercent(), "1", "100");
        range(problems, "maxDailyLossPercent", p.maxDailyLossPercent(), "1", "50");
        range(problems, "circuitBreakerPercent", p.circuitBreakerPercent(), "1", "50");
        range(problems, "maxPortfolioExposurePercent", p.maxPortfolioExposurePercent(), "10", "400");
        range(problems, "maxOpenPositions", BigDecimal.valueOf(p.maxOpenPositions()), "1", "100");
        range(problems, "maxPositionsPerSymbol", BigDecimal.valueOf(p.maxPositionsPerSymbol()), "1", "20");
        range(problems, "minAccountBalance", p.minAccountBalance(), "0", "1000000");
        range(problems, "maxLeverage", p.maxLeverage(), "1", "125");
        range(problems, "trailingStopPercent", p.trailingStopPercent(), "0.1", "20");
        range(problems, "tradingStartMinute", BigDecimal.valueOf(p.tradingStartMinute()), "0", "1439");
        range(problems, "tradingEndMinute", BigDecimal.valueOf(p.tradingEndMinute()), "0", "1439");
        if (p.tradingHoursEnabled() && p.tradingStartMinute() == p.tradingEndMinute()) {
            problems.add("The trading window must not start and end at the same minute.");
        }
        if (problems.isEmpty() && p.circuitBreakerPercent().compareTo(p.maxDailyLossPercent()) < 0) {
            problems.add("circuitBreakerPercent must be at least maxDailyLossPercent: the breaker is the last line, after the daily limit.");
        }
        return problems;
    }

    private static void range(List<String> problems, String field, BigDecimal value, String min, String max) {
        if (value == null) {
            problems.add(field + " is required.");
        } else if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            problems.add(field + " must be between " + min + " and " + max + " (was " + value.toPlainString() + ").");
        }
    }
}
