package org.tradeexecutor.analytics.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/** How the performance chart groups days: by day, by week (from Monday) or by calendar month. */
public enum ChartBucket {
    DAY, WEEK, MONTH;

    public String label() {
        return name().toLowerCase();
    }

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    public static Optional<ChartBucket> of(String name) {
        return Arrays.stream(values()).filter(b -> b.label().equals(name)).findFirst();
    }
}
