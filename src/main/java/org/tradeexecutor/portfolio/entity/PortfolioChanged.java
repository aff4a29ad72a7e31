package org.tradeexecutor.portfolio.entity;

/** CDI event: a trader's positions or cash changed (a fill); listeners read the new state themselves. */
public record PortfolioChanged(String communityId, String userId) {
}
