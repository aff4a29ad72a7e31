package org.tradeexecutor.risk.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.risk.entity.SizingMode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.tradeexecutor.platform.boundary.PageMessages;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/trader/risk.xhtml (PRODUCT T3): every field of the trader's risk profile, the presets,
 * and saving with every range checked (all problems shown at once, nothing saved while one remains).
 */
@Named
@ViewScoped
public class RiskProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MINUTES_PER_HOUR = 60;

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskProfiles profiles;

    private SizingMode sizingMode;
    private BigDecimal fixedAmount;
    private BigDecimal percentOfEquity;
    private BigDecimal riskPerTradePercent;
    private BigDecimal kellyCapPercent;
    private BigDecimal maxPositionPercent;
    private BigDecimal defaultStopLossPercent;
    private BigDecimal defaultTakeProfitPercent;
    private BigDecimal maxDailyLossPercent;
    private BigDecimal circuitBreakerPercent;
    private BigDecimal maxPortfolioExposurePercent;
    private int maxOpenPositions;
    private int maxPositionsPerSymbol;
    private BigDecimal minAccountBalance;
    private BigDecimal maxLeverage;
    private boolean tradingHoursEnabled;
    private String tradingStart;
    private String tradingEnd;
    private boolean useTrailingStop;
    private BigDecimal trailingStopPercent;

    @PostConstruct
    void load() {
        show(profiles.of(user().id()));
    }

    public SizingMode[] getSizingModes() {
        return SizingMode.values();
    }

    public List<RiskPreset> getPresets() {
        return List.of(RiskPreset.values());
    }

    /** Fills the form with a preset; it is saved with the Save button like any other change. */
    public void usePreset(RiskPreset preset) {
        show(preset.forUser(user().id()));
        info("The " + preset.name().toLowerCase() + " settings are in the form; save to use them.");
    }

    public void save() {
        Integer start = minutesOf(tradingStart);
        Integer end = minutesOf(tradingEnd);
        if (tradingHoursEnabled && (start == null || end == null)) {
            error("Trading hours are written as HH:MM (UTC), for example 13:30.");
            return;
        }
        SignedInUser user = user();
        RiskProfile wanted = new RiskProfile(user.id(), sizingMode, fixedAmount, percentOfEquity, riskPerTradePercent, kellyCapPercent,
                maxPositionPercent, defaultStopLossPercent, defaultTakeProfitPercent, maxDailyLossPercent, circuitBreakerPercent,
                maxPortfolioExposurePercent, maxOpenPositions, maxPositionsPerSymbol, minAccountBalance, maxLeverage, tradingHoursEnabled,
                start == null ? 0 : start, end == null ? 0 : end, useTrailingStop, trailingStopPercent);
        List<String> problems = profiles.save(wanted, user.actor(),
                RequestOrigins.of(request));
        if (problems.isEmpty()) {
            info("Saved. The next signal is sized and checked with these settings.");
        } else {
            problems.forEach(PageMessages::error);
        }
    }

    private void show(RiskProfile p) {
        sizingMode = p.sizingMode();
        fixedAmount = p.fixedAmount();
        percentOfEquity = p.percentOfEquity();
        riskPerTradePercent = p.riskPerTradePercent();
        kellyCapPercent = p.kellyCapPercent();
        maxPositionPercent = p.maxPositionPercent();
        defaultStopLossPercent = p.defaultStopLossPercent();
        defaultTakeProfitPercent = p.defaultTakeProfitPercent();
        maxDailyLossPercent = p.maxDailyLossPercent();
        circuitBreakerPercent = p.circuitBreakerPercent();
        maxPortfolioExposurePercent = p.maxPortfolioExposurePercent();
        maxOpenPositions = p.maxOpenPositions();
        maxPositionsPerSymbol = p.maxPositionsPerSymbol();
        minAccountBalance = p.minAccountBalance();
        maxLeverage = p.maxLeverage();
        tradingHoursEnabled = p.tradingHoursEnabled();
        tradingStart = timeOf(p.tradingStartMinute());
        tradingEnd = timeOf(p.tradingEndMinute());
        useTrailingStop = p.useTrailingStop();
        trailingStopPercent = p.trailingStopPercent();
    }

    private static String timeOf(int minutes) {
        return String.format("%02d:%02d", minutes / MINUTES_PER_HOUR, minutes % MINUTES_PER_HOUR);
    }

    /** "13:30" → 810; null when not a time of day. */
    static Integer minutesOf(String time) {
        if (time == null || !time.trim().matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            return null;
        }
        String[] parts = time.trim().split(":");
        return Integer.parseInt(parts[0]) * MINUTES_PER_HOUR + Integer.parseInt(parts[1]);
    }

    private SignedInUser user() {
        return currentUser.require();
    }

    public SizingMode getSizingMode() { return sizingMode; }
    public void setSizingMode(SizingMode sizingMode) { this.sizingMode = sizingMode; }
    public BigDecimal getFixedAmount() { return fixedAmount; }
    public void setFixedAmount(BigDecimal fixedAmount) { this.fixedAmount = fixedAmount; }
    public BigDecimal getPercentOfEquity() { return percentOfEquity; }
    public void setPercentOfEquity(BigDecimal percentOfEquity) { this.percentOfEquity = percentOfEquity; }
    public BigDecimal getRiskPerTradePercent() { return riskPerTradePercent; }
    public void setRiskPerTradePercent(BigDecimal riskPerTradePercent) { this.riskPerTradePercent = riskPerTradePercent; }
    public BigDecimal getKellyCapPercent() { return kellyCapPercent; }
    public void setKellyCapPercent(BigDecimal kellyCapPercent) { this.kellyCapPercent = kellyCapPercent; }
    public BigDecimal getMaxPositionPercent() { return maxPositionPercent; }
    public void setMaxPositionPercent(BigDecimal maxPositionPercent) { this.maxPositionPercent = maxPositionPercent; }
    public BigDecimal getDefaultStopLossPercent() { return defaultStopLossPercent; }
    public void setDefaultStopLossPercent(BigDecimal defaultStopLossPercent) { this.defaultStopLossPercent = defaultStopLossPercent; }
    public BigDecimal getDefaultTakeProfitPercent() { return defaultTakeProfitPercent; }
    public void setDefaultTakeProfitPercent(BigDecimal defaultTakeProfitPercent) { this.defaultTakeProfitPercent = defaultTakeProfitPercent; }
    public BigDecimal getMaxDailyLossPercent() { return maxDailyLossPercent; }
    public void setMaxDailyLossPercent(BigDecimal maxDailyLossPercent) { this.maxDailyLossPercent = maxDailyLossPercent; }
    public BigDecimal getCircuitBreakerPercent() { return circuitBreakerPercent; }
    public void setCircuitBreakerPercent(BigDecimal circuitBreakerPercent) { this.circuitBreakerPercent = circuitBreakerPercent; }
    public BigDecimal getMaxPortfolioExposurePercent() { return maxPortfolioExposurePercent; }
    public void setMaxPortfolioExposurePercent(BigDecimal maxPortfolioExposurePercent) { this.maxPortfolioExposurePercent = maxPortfolioExposurePercent; }
    public int getMaxOpenPositions() { return maxOpenPositions; }
    public void setMaxOpenPositions(int maxOpenPositions) { this.maxOpenPositions = maxOpenPositions; }
    public int getMaxPositionsPerSymbol() { return maxPositionsPerSymbol; }
    public void setMaxPositionsPerSymbol(int maxPositionsPerSymbol) { this.maxPositionsPerSymbol = maxPositionsPerSymbol; }
    public BigDecimal getMinAccountBalance() { return minAccountBalance; }
    public void setMinAccountBalance(BigDecimal minAccountBalance) { this.minAccountBalance = minAccountBalance; }
    public BigDecimal getMaxLeverage() { return maxLeverage; }
    public void setMaxLeverage(BigDecimal maxLeverage) { this.maxLeverage = maxLeverage; }
    public boolean isTradingHoursEnabled() { return tradingHoursEnabled; }
    public void setTradingHoursEnabled(boolean tradingHoursEnabled) { this.tradingHoursEnabled = tradingHoursEnabled; }
    public String getTradingStart() { return tradingStart; }
    public void setTradingStart(String tradingStart) { this.tradingStart = tradingStart; }
    public String getTradingEnd() { return tradingEnd; }
    public void setTradingEnd(String tradingEnd) { this.tradingEnd = tradingEnd; }
    public boolean isUseTrailingStop() { return useTrailingStop; }
    public void setUseTrailingStop(boolean useTrailingStop) { this.useTrailingStop = useTrailingStop; }
    public BigDecimal getTrailingStopPercent() { return trailingStopPercent; }
    public void setTrailingStopPercent(BigDecimal trailingStopPercent) { this.trailingStopPercent = trailingStopPercent; }
}
