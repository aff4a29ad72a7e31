package org.tradeexecutor.quotes.entity;

import java.time.Instant;

/**
 * How the quote feed is doing, for readiness.
 *
 * @param feed        simulated or alpaca
 * @param state       up, or failing (the last fetch failed: stale quotes stand in for QUOTES_STALE_SECONDS)
 * @param lastQuoteAt when a quote last arrived (null: none asked yet, or simulated)
 * @param problem     the last failure, while failing
 */
public record FeedHealth(String feed, String state, Instant lastQuoteAt, String problem) {

    public boolean failing() {
        return "failing".equals(state);
    }
}
