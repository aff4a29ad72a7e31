package org.tradeexecutor.portfolio.entity;

/**
 * CDI event, synchronous: a finished round trip is stored and its position is about to be saved. Observers write what
 * they derive from it now (analytics counts it), before the saving that marks the fill booked: a stop in between books
 * the fill again and they see the same trade again, so they count each trade id once.
 */
public record TradeBooked(Trade trade) {
}
