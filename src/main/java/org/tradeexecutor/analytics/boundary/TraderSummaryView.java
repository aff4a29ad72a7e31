package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.analytics.control.TradeHistory;
import org.tradeexecutor.analytics.control.TraderAnalytics;
import org.tradeexecutor.analytics.entity.TradeFilter;
import org.tradeexecutor.analytics.entity.TradeSort;
import org.tradeexecutor.analytics.entity.TraderSummary;
import org.tradeexecutor.portfolio.entity.Trade;

import java.util.List;

/**
 * The trader's performance summary (PRODUCT P1), the same figures as {@code GET /api/trader/summary}, on the trader overview
 * and on the legacy page (F3) with the last trades.
 */
@Named
@RequestScoped
public class TraderSummaryView {

    @Inject
    CurrentUser currentUser;

    @Inject
    TraderAnalytics analytics;

    @Inject
    TradeHistory history;

    private static final int RECENT_TRADES = 10;

    private TraderSummary summary;
    private List<Trade> recentTrades;

    public TraderSummary getSummary() {
        if (summary == null) {
            SignedInUser user = currentUser.require();
            summary = analytics.summary(user.id(), user.user().zone());
        }
        return summary;
    }

    /** The last trades closed, newest first (the legacy page's short history). */
    public List<Trade> getRecentTrades() {
        if (recentTrades == null) {
            recentTrades = history.page(currentUser.require().id(), TradeFilter.NONE, TradeSort.NEWEST_FIRST, 0, RECENT_TRADES).trades();
        }
        return recentTrades;
    }
}
