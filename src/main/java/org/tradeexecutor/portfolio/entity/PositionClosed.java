package org.tradeexecutor.portfolio.entity;

/** CDI event: a round trip finished; the trade has its P&L. */
public record PositionClosed(String communityId, String userId, String positionId, Trade trade) {
}
