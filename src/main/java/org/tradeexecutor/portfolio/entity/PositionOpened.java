package org.tradeexecutor.portfolio.entity;

/** CDI event: a position of a trader opened (the first fill of a round trip). */
public record PositionOpened(String communityId, String userId, String positionId, String symbol, String providerId) {
}
