package org.tradeexecutor.risk.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.MoneyAsDecimal128;

import java.math.BigDecimal;

/**
 * A trader's risk settings (PRODUCT T3, reference §6.2 / §6.3); percentages are in percent (10 = 10 %). The id is
 * the user id. Ranges are checked by {@code RiskProfileRules}.
 *
 * @param sizingMode                  how orders are sized unless a subscription says otherwise
 * @param fixedAmount                 money per trade for FIXED_AMOUNT
 * @param percentOfEquity             percent of equity per trade for PERCENT_OF_EQUITY
 * @param riskPerTradePercent         percent of equity lost if the stop is hit, for RISK_BASED
 * @param kellyCapPercent             the most of equity the Kelly fraction may use
 * @param maxPositionPercent          one position's most value, in percent of equity; larger orders are reduced
 * @param defaultStopLossPercent      stop distance when the signal names none
 * @param defaultTakeProfitPercent    target distance when the signal names none
 * @param maxDailyLossPercent         no new entries after losing this much today (until 00:00 UTC)
 * @param circuitBreakerPercent       intraday drawdown that halts trading (only closing orders, then none)
 * @param maxPortfolioExposurePercent the most of equity in open positions together
 * @param maxOpenPositions            the most open positions
 * @param maxPositionsPerSymbol       the most open positions in one symbol
 * @param minAccountBalance           no new entries below this equity
 * @param maxLeverage                 the most leverage taken
 * @param tradingHoursEnabled         trade only between the two times (UTC, minutes after midnight; start after end spans midnight)
 * @param useTrailingStop             protect entries with a trailing stop instead of a fixed one
 * @param trailingStopPercent         the trailing distance
 */
@Entity("risk_profiles")
public record RiskProfile(@Id String userId, @Column SizingMode sizingMode, @Column @Convert(MoneyAsDecimal128.class) BigDecimal fixedAmount,
                          @Column @Convert(MoneyAsDecimal128.class) BigDecimal percentOfEquity, @Column @Convert(MoneyAsDecimal128.class) BigDecimal riskPerTradePercent,
                          @Column @Convert(MoneyAsDecimal128.class) BigDecimal kellyCapPercent, @Column @Convert(MoneyAsDecimal128.class) BigDecimal maxPositionPercent,
                          @Column @Convert(MoneyAsDecimal128.class) BigDecimal defaultStopLossPercent, @Column @Convert(MoneyAsDecimal128.class) BigDecimal defaultTakeProfitPercent,
                          @Column @Convert(MoneyAsDecimal128.class) BigDecimal maxDailyLossPercent, @Column @Convert(MoneyAsDecimal128.class) BigDecimal circuitBreakerPercent,
                          @Column @Convert(MoneyAsDecimal128.class) BigDecimal maxPortfolioExposurePercent, @Column int maxOpenPositions,
                          @Column int maxPositionsPerSymbol, @Column @Convert(MoneyAsDecimal128.class) BigDecimal minAccountBalance, @Column @Convert(MoneyAsDecimal128.class) BigDecimal maxLeverage,
                          @Column boolean tradingHoursEnabled, @Column int tradingStartMinute, @Column int tradingEndMinute,
                          @Column boolean useTrailingStop, @Column @Convert(MoneyAsDecimal128.class) BigDecimal trailingStopPercent) {

    /** The same settings for another user. */
    public RiskProfile forUser(String otherUserId) {
        return new RiskProfile(otherUserId, sizingMode, fixedAmount, percentOfEquity, riskPerTradePercent, kellyCapPercent,
                maxPositionPercent, defaultStopLossPercent, defaultTakeProfitPercent, maxDailyLossPercent, circuitBreakerPercent,
                maxPortfolioExposurePercent, maxOpenPositions, maxPositionsPerSymbol, minAccountBalance, maxLeverage,
                tradingHoursEnabled, tradingStartMinute, tradingEndMinute, useTrailingStop, trailingStopPercent);
    }

    /** How KELLY sizes while a provider's record is too short: risk-based at the profile's risk per trade. */
    public SizingRule kellyFallback() {
        return riskPerTradePercent != null ? new SizingRule(SizingMode.RISK_BASED, riskPerTradePercent)
                : new SizingRule(SizingMode.PERCENT_OF_EQUITY, percentOfEquity);
    }

    public SizingRule sizingRule() {
        return switch (sizingMode) {
            case FIXED_AMOUNT -> new SizingRule(sizingMode, fixedAmount);
            case PERCENT_OF_EQUITY -> new SizingRule(sizingMode, percentOfEquity);
            case RISK_BASED -> new SizingRule(sizingMode, riskPerTradePercent);
            case KELLY -> new SizingRule(sizingMode, kellyCapPercent);
        };
    }
}
