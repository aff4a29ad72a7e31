package org.tradeexecutor.communities.entity;

import java.util.Locale;

/** What a community pays for, and the limits that come with it (PRODUCT C6). */
public enum Plan {
    FREE(2), PROFESSIONAL(10), ENTERPRISE(Integer.MAX_VALUE);

    private final int maxProviders;

    Plan(int maxProviders) {
        this.maxProviders = maxProviders;
    }

    public int maxProviders() {
        return maxProviders;
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
