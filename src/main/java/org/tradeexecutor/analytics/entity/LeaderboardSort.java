package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** What the leaderboard ranks by; best first (for drawdown the smallest), records without the figure last. */
public enum LeaderboardSort {
    /** Wins and no loss: an unbounded profit factor, which ranks first. */
    PROFIT_FACTOR("profitFactor", r -> r.profitFactor() == null && r.wins() > 0 ? BigDecimal.valueOf(Long.MAX_VALUE) : r.profitFactor(), true),
    WIN_RATE("winRate", ProviderTrackRecord::winRate, true),
    EXPECTANCY("expectancy", ProviderTrackRecord::expectancy, true),
    FOLLOWERS("followers", r -> BigDecimal.valueOf(r.followers()), true),
    MAX_DRAWDOWN("maxDrawdown", ProviderTrackRecord::maxDrawdownPercent, false);

    private final String name;
    private final Function<ProviderTrackRecord, BigDecimal> figure;
    private final boolean higherIsBetter;

    LeaderboardSort(String name, Function<ProviderTrackRecord, BigDecimal> figure, boolean higherIsBetter) {
        this.name = name;
        this.figure = figure;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return name;
    }

    public Comparator<ProviderTrackRecord> bestFirst() {
        Comparator<BigDecimal> values = higherIsBetter ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
        return Comparator.comparing(figure, Comparator.nullsLast(values)).thenComparing(ProviderTrackRecord::name);
    }

    public static Optional<LeaderboardSort> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(LeaderboardSort::label).toList());
    }
}
