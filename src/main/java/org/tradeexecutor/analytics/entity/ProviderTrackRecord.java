package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A provider's record (PRODUCT P4; {@code GET /api/providers/{id}/record}) over every closed trade booked for its
 * signals in its community, each follower's trade once, on the trades' pnlPercent. Definitions in docs/ANALYTICS.md.
 * Ratios without the trades to define them (no loss for a profit factor, no variance for Sharpe) are null.
 *
 * @param since     when the provider was created
 * @param signals   valid signals received
 * @param followers traders following it now
 */
public record ProviderTrackRecord(String providerId, String name, Instant since, long signals, long followers, int trades, int wins, int losses,
                                  BigDecimal winRate, BigDecimal averageWinPercent, BigDecimal averageLossPercent, BigDecimal profitFactor,
                                  BigDecimal expectancy, BigDecimal expectancyRatio, BigDecimal maxDrawdownPercent, BigDecimal sharpe,
                                  BigDecimal sortino, Long averageHoldSeconds, BigDecimal bestTradePercent, BigDecimal worstTradePercent) {
}
