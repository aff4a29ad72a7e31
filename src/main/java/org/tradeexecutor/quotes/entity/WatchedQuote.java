package org.tradeexecutor.quotes.entity;

import java.math.BigDecimal;

/** One row of a watchlist: the symbol and its quote now (prices empty while the feed has none). */
public record WatchedQuote(String symbol, BigDecimal bid, BigDecimal ask, BigDecimal last) {
}
