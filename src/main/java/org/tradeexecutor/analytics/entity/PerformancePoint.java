package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bucket of the performance chart (PRODUCT P3).
 *
 * @param start           the bucket's first moment (midnight in the trader's time zone)
 * @param pnl             realised in the bucket
 * @param cumulativePnl   realised from the period's start to the bucket's end
 * @param drawdownPercent how far the balance stands below its high at the bucket's end, in percent of that high; the
 *                        balance is the account's equity before any trade plus everything realised since; null when
 *                        that is not a positive number
 */
public record PerformancePoint(Instant start, BigDecimal pnl, BigDecimal cumulativePnl, int trades, int wins, BigDecimal drawdownPercent) {
}
