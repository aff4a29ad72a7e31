package org.tradeexecutor.quotes.entity;

/** No current price for a symbol: orders that need one are refused with this reason, never sized from a guess. */
public class QuoteUnavailableException extends RuntimeException {

    public QuoteUnavailableException(String symbol, String why) {
        super("No current quote for " + symbol + ": " + why + ".");
    }
}
