package org.tradeexecutor.communities.entity;

import java.util.Locale;

/** What a community pays for, and the limits that come with it (PRODUCT C6). */
public enum Plan {
    FREE(2, 10), PROFESSIONAL(10, 1_000), ENTERPRISE(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int maxProviders;
    private final int maxMembers;

    Plan(int maxProviders, int maxMembers) {
        this.maxProviders = maxProviders;
        this.maxMembers = maxMembers;
    }

    public int maxProviders() {
        return maxProviders;
    }

    /** Members an invite may bring in up to (hosts included); members added otherwise are not turned away. */
    public int maxMembers() {
        return maxMembers;
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
