package org.tradeexecutor.portfolio.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.portfolio.entity.Trade;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Daily totals per user, provider and community (id {@code user|<id>|<day>} etc., UTC days), counted up with one
 * atomic update when a trade closes, so dashboards read a few small documents instead of the trade history. The
 * driver directly: JNoSQL has no atomic increment. P&L totals are kept as Decimal128.
 */
@ApplicationScoped
public class DailyRollups {

    static final String COLLECTION = "daily_rollups";

    @Inject
    MongoConnection mongo;

    public void add(Trade trade) {
        String day = LocalDate.ofInstant(trade.closedAt(), ZoneOffset.UTC).toString();
        count("user", trade.userId(), day, trade);
        count("provider", trade.providerId(), day, trade);
        count("community", trade.communityId(), day, trade);
    }

    private void count(String scope, String id, String day, Trade trade) {
        boolean win = trade.pnl().signum() > 0;
        mongo.database().getCollection(COLLECTION).updateOne(Filters.eq("_id", scope + "|" + id + "|" + day),
                Updates.combine(Updates.setOnInsert("scope", scope), Updates.setOnInsert("day", day), Updates.setOnInsert("ownerId", id),
                        Updates.inc("trades", 1), Updates.inc(win ? "wins" : "losses", 1),
                        Updates.inc("pnl", new Decimal128(trade.pnl())), Updates.inc("fees", new Decimal128(trade.fees()))),
                new UpdateOptions().upsert(true));
    }
}
