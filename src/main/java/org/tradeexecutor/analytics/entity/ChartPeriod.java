package org.tradeexecutor.analytics.entity;

import java.util.Arrays;
import java.util.Optional;

/** The periods of the performance chart: the last N days including today, or everything. */
public enum ChartPeriod {
    D7("7d", 7), D30("30d", 30), D90("90d", 90), Y1("1y", 365), ALL("all", 0);

    private final String name;
    private final int days;

    ChartPeriod(String name, int days) {
        this.name = name;
        this.days = days;
    }

    public String label() { return name; }

    /** 0 for all. */
    public int days() { return days; }

    public static Optional<ChartPeriod> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }
}
