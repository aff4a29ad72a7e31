package org.tradeexecutor.quotes.control;

import org.tradeexecutor.quotes.entity.Quote;

import org.tradeexecutor.quotes.entity.FeedHealth;

import java.math.BigDecimal;

/** Current prices (PRODUCT X9): the simulated feed by default, a market-data feed when one is configured. */
public interface QuoteFeed {

    /** The current quote of a symbol; a feed that has never seen the symbol starts one. */
    Quote quote(String symbol);

    /**
     * A price the outside world has just named for a symbol (a signal's entry): a simulated feed that has not priced
     * the symbol yet starts its walk there, so a demo "BUY AAPL @ 150" meets a market near 150. Real feeds ignore it.
     */
    default void hint(String symbol, BigDecimal price) {
    }

    /** For readiness: a feed computed here is always up. */
    default FeedHealth health() {
        return new FeedHealth("simulated", "up", null, null);
    }
}
