package org.tradeexecutor.analytics.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.ProviderRecords;
import org.tradeexecutor.analytics.entity.Leaderboard;
import org.tradeexecutor.analytics.entity.LeaderboardSort;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of dashboard/trader/leaderboard.xhtml: the active community's providers ranked as
 * {@code GET /api/providers/leaderboard} ranks them, those under the minimum of trades listed apart.
 */
@Named
@ViewScoped
public class LeaderboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProviderRecords records;

    private LeaderboardSort sort = LeaderboardSort.PROFIT_FACTOR;
    private int minTrades = ProviderRecordResource.DEFAULT_MIN_TRADES;
    private transient Leaderboard board;

    /** Empty lists outside a community. */
    public Leaderboard getBoard() {
        if (board == null) {
            board = currentUser.require().activeCommunityId().map(c -> records.leaderboard(c, sort, minTrades))
                    .orElse(new Leaderboard(sort.label(), minTrades, List.of(), List.of()));
        }
        return board;
    }

    public LeaderboardSort[] getSorts() {
        return LeaderboardSort.values();
    }

    public LeaderboardSort getSort() { return sort; }

    public void setSort(LeaderboardSort sort) {
        this.sort = sort == null ? LeaderboardSort.PROFIT_FACTOR : sort;
        board = null;
    }

    public int getMinTrades() { return minTrades; }

    public void setMinTrades(int minTrades) {
        this.minTrades = Math.max(0, minTrades);
        board = null;
    }
}
