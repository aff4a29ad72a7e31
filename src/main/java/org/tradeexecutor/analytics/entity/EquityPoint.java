package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A provider's equity curve, a point per day with closed trades: the cumulative sum of pnlPercent at the day's end. */
public record EquityPoint(LocalDate day, BigDecimal cumulativePercent, int trades) {
}
