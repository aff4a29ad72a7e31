package org.tradeexecutor.portfolio.entity;

import java.util.List;

/**
 * CDI event, synchronous: {@link TradeBooked} for the round trips a fan-out slice's fills finished, stored together
 * before their positions are saved. Observers count each trade id once, as there; one event lets them write for all at
 * once what many trades add to the same documents (a provider's day, a community's).
 */
public record TradesBooked(List<Trade> trades) {
}
