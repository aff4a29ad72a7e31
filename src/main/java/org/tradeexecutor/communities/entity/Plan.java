package org.tradeexecutor.communities.entity;

import java.util.Locale;

/** What a community pays for, and the limits that come with it (PRODUCT C6). */
public enum Plan {
    FREE(2, 10, 50), PROFESSIONAL(10, 1_000, 1_000), ENTERPRISE(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int maxProviders;
    private final int maxMembers;
    private final int maxSignalsPerDay;

    Plan(int maxProviders, int maxMembers, int maxSignalsPerDay) {
        this.maxProviders = maxProviders;
        this.maxMembers = maxMembers;
        this.maxSignalsPerDay = maxSignalsPerDay;
    }

    public int maxProviders() {
        return maxProviders;
    }

    /** Members an invite may bring in up to (hosts included); members added otherwise are not turned away. */
    public int maxMembers() {
        return maxMembers;
    }

    /** Signals taken per UTC day; one more is stored REJECTED {@code plan_limit}. */
    public int maxSignalsPerDay() {
        return maxSignalsPerDay;
    }

    public static boolean unlimited(int limit) {
        return limit == Integer.MAX_VALUE;
    }

    /** "PROFESSIONAL" reads "Professional". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The plan stored on a community; anything unknown counts as FREE. */
    public static Plan of(String stored) {
        try {
            return stored == null ? FREE : valueOf(stored.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FREE;
        }
    }
}
