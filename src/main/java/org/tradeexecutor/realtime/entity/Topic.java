package org.tradeexecutor.realtime.entity;

import java.util.Locale;
import java.util.Optional;

/** What a client can subscribe to (PRODUCT R2). */
public enum Topic {
    /** The user's equity, cash and positions (coalesced updates). */
    PORTFOLIO,
    /** The user's orders: submitted, filled, failed, rejected; positions opened and closed. */
    TRADES,
    /** Messages for the user. */
    NOTIFICATIONS,
    /** Quotes of chosen symbols (at most {@code MAX_SYMBOLS}). */
    QUOTES,
    /** The active community's activity; hosts of that community only. */
    COMMUNITY;

    public static final int MAX_SYMBOLS = 50;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> fromWire(String name) {
        for (Topic topic : values()) {
            if (topic.wireName().equals(name)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
