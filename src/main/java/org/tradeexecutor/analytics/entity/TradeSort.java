package org.tradeexecutor.analytics.entity;

/** A history's order: {@code sort=closedAt,desc}. */
public record TradeSort(TradeColumn column, boolean descending) {

    public static final TradeSort NEWEST_FIRST = new TradeSort(TradeColumn.CLOSED_AT, true);
}
