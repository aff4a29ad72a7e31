package org.tradeexecutor.communities.entity;

import org.tradeexecutor.risk.entity.TradingHours;

/**
 * What a community's settings decide for every follower of one signal, read once per fan-out (PRODUCT C5).
 *
 * @param autoExecuteByDefault whether INHERIT subscriptions trade without confirming
 * @param tradingHours         when entries may open positions
 */
public record CommunityTerms(boolean autoExecuteByDefault, TradingHours tradingHours) {

    public static final CommunityTerms NONE = new CommunityTerms(false, TradingHours.ALWAYS);

    public static CommunityTerms of(Community community) {
        return new CommunityTerms(community.isAutoExecuteByDefault(), community.tradingHours());
    }
}
