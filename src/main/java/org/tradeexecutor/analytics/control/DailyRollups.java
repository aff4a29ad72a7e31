package org.tradeexecutor.portfolio.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.portfolio.entity.Trade;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Daily totals per user, provider and community (id {@code user|<id>|<day>} etc., UTC days), counted up with one
 * atomic update when a trade closes, so dashboards read a few small documents instead of the trade history. The
 * driver directly: JNoSQL has no atomic increment. P&L totals are kept as Decimal128.
 *
 * <p>A trade is counted once: the update that counts it also remembers its id ({@code booked}, the last
 * {@value #BOOKED_KEPT}), and only applies where it is not remembered yet. A trade booked again after a stop (the
 * position was not saved yet) finds itself counted and changes nothing.
 */
@ApplicationScoped
public class DailyRollups {

    static final String COLLECTION = "daily_rollups";
    /** A trade counted again comes within moments (before its position is saved): these are plenty. */
    static final int BOOKED_KEPT = 200;

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
        Document notYetCounted = new Document("_id", scope + "|" + id + "|" + day).append("booked", new Document("$ne", trade.id()));
        try {
            mongo.database().getCollection(COLLECTION).updateOne(notYetCounted,
                    Updates.combine(Updates.setOnInsert("scope", scope), Updates.setOnInsert("day", day), Updates.setOnInsert("ownerId", id),
                            Updates.inc("trades", 1), Updates.inc(win ? "wins" : "losses", 1),
                            Updates.inc("pnl", new Decimal128(trade.pnl())), Updates.inc("fees", new Decimal128(trade.fees())),
                            Updates.pushEach("booked", List.of(trade.id()), new PushOptions().slice(-BOOKED_KEPT))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // No match and an existing id: the rollup has counted this trade already.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
