package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/** Ready-made risk profiles (PRODUCT T3); MODERATE is every new trader's, with the reference §6.2 defaults. */
public enum RiskPreset {

    CONSERVATIVE(SizingMode.RISK_BASED, "0.5", "5", "1.5", "3", "2", "4", "50", 5, 1),
    MODERATE(SizingMode.RISK_BASED, "1", "10", "2", "4", "5", "8", "80", 10, 3),
    AGGRESSIVE(SizingMode.RISK_BASED, "2", "10", "5", "10", "10", "15", "100", 10, 3);

    private final SizingMode sizingMode;
    private final BigDecimal riskPerTrade;
    private final BigDecimal maxPosition;
    private final BigDecimal stopLoss;
    private final BigDecimal takeProfit;
    private final BigDecimal dailyLoss;
    private final BigDecimal circuitBreaker;
    private final BigDecimal exposure;
    private final int openPositions;
    private final int perSymbol;

    RiskPreset(SizingMode sizingMode, String riskPerTrade, String maxPosition, String stopLoss, String takeProfit, String dailyLoss,
               String circuitBreaker, String exposure, int openPositions, int perSymbol) {
        this.sizingMode = sizingMode;
        this.riskPerTrade = new BigDecimal(riskPerTrade);
        this.maxPosition = new BigDecimal(maxPosition);
        this.stopLoss = new BigDecimal(stopLoss);
        this.takeProfit = new BigDecimal(takeProfit);
        this.dailyLoss = new BigDecimal(dailyLoss);
        this.circuitBreaker = new BigDecimal(circuitBreaker);
        this.exposure = new BigDecimal(exposure);
        this.openPositions = openPositions;
        this.perSymbol = perSymbol;
    }

    public RiskProfile forUser(String userId) {
        return new RiskProfile(userId, sizingMode, BigDecimal.valueOf(1000), BigDecimal.valueOf(5), riskPerTrade, BigDecimal.valueOf(5),
                maxPosition, stopLoss, takeProfit, dailyLoss, circuitBreaker, exposure, openPositions, perSymbol, BigDecimal.valueOf(100),
                BigDecimal.TEN, false, 0, 0, false, BigDecimal.ONE);
    }
}
