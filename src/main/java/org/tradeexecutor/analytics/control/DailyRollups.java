package org.tradeexecutor.analytics.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.portfolio.entity.Trade;
import org.tradeexecutor.portfolio.entity.TradeBooked;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * What a closed trade adds to the dashboards, written once per trade with atomic updates (the driver directly: JNoSQL
 * has no atomic increment), so a dashboard reads a few documents by id instead of the trade history:
 * <ul>
 * <li>daily totals per user, provider and community ({@code daily_rollups}, id {@code user|<id>|<day>} etc., UTC
 * days): trades, wins, losses, evens, pnl, fees; a user's and a provider's day also keep the day's trades as rows,
 * from which {@link TradeLedgers} builds their ledgers;</li>
 * <li>totals per user and provider ({@code userProvider|<user>|<provider>});</li>
 * <li>a community's day split by provider and asset class, its month by trader ({@code communityTraders|<id>|<yyyy-MM>});</li>
 * <li>per user and provider a head ({@code ledger_heads}) counting the changes of each day, which tells a ledger held
 * in memory (on any instance) which days to read again.</li>
 * </ul>
 * A trade is counted once: the update that counts it also remembers its id ({@code booked}, the last
 * {@value #BOOKED_KEPT}) and only applies where it is not remembered yet. A trade booked again after a stop (the
 * position was not saved yet) finds itself counted and changes nothing. The head moves before and after the day's
 * update: a stop in between costs a ledger one needless reading, and a ledger read in between is read again.
 */
@ApplicationScoped
public class DailyRollups {

    public static final String COLLECTION = "daily_rollups";
    public static final String HEADS = "ledger_heads";
    /** A trade counted again comes within moments (before its position is saved): these are plenty. */
    static final int BOOKED_KEPT = 200;

    @Inject
    MongoConnection mongo;

    void onBooked(@Observes TradeBooked booked) {
        add(booked.trade());
    }

    public void add(Trade trade) {
        String day = LocalDate.ofInstant(trade.closedAt(), ZoneOffset.UTC).toString();
        Document row = row(trade);
        touchHead("user|" + trade.userId(), day);
        touchHead("provider|" + trade.providerId(), day);
        count("user|" + trade.userId() + "|" + day, "user", trade.userId(), day, trade, row, List.of());
        count("provider|" + trade.providerId() + "|" + day, "provider", trade.providerId(), day, trade, row, List.of());
        count("community|" + trade.communityId() + "|" + day, "community", trade.communityId(), day, trade, null, breakdowns(trade));
        count(traderMonthId(trade.communityId(), day.substring(0, 7)), "communityTraders", trade.communityId(), null, trade, null,
                List.of("traders." + trade.userId()));
        count("userProvider|" + trade.userId() + "|" + trade.providerId(), "userProvider", trade.userId(), null, trade, null, List.of());
        touchHead("user|" + trade.userId(), day);
        touchHead("provider|" + trade.providerId(), day);
    }

    /** The day bucket of a ledger's rows. */
    public static String dayId(String ledgerKey, String day) {
        return ledgerKey + "|" + day;
    }

    private void touchHead(String ledgerKey, String day) {
        mongo.database().getCollection(HEADS).updateOne(new Document("_id", ledgerKey),
                Updates.combine(Updates.inc("days." + day, 1), Updates.inc("version", 1)), new UpdateOptions().upsert(true));
    }

    /**
     * The community's day also splits its counts by provider and asset class (the community analytics):
     * {@code providers.<id>}, {@code classes.<ASSET_CLASS>}, each with trades, wins and pnl.
     */
    public static List<String> breakdowns(Trade trade) {
        return List.of("providers." + trade.providerId(), "classes." + Instrument.of(trade.symbol()).assetClass().name());
    }

    /**
     * A community's traders are counted per month ({@code traders.<userId>}): a day of a thousand members would be a
     * large document, and two years of days too much to read for a ranking.
     */
    public static String traderMonthId(String communityId, String month) {
        return "communityTraders|" + communityId + "|" + month;
    }

    private void count(String id, String scope, String ownerId, String day, Trade trade, Document row, List<String> breakdowns) {
        int outcome = trade.outcome();
        List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("scope", scope), Updates.setOnInsert("ownerId", ownerId),
                Updates.inc("trades", 1), Updates.inc(outcome > 0 ? "wins" : outcome < 0 ? "losses" : "evens", 1),
                Updates.inc("pnl", new Decimal128(trade.pnl())), Updates.inc("fees", new Decimal128(trade.fees())),
                Updates.pushEach("booked", List.of(trade.id()), new PushOptions().slice(-BOOKED_KEPT))));
        if (day != null) {
            updates.add(Updates.setOnInsert("day", day));
        }
        for (String part : breakdowns) {
            updates.add(Updates.inc(part + ".trades", 1));
            updates.add(Updates.inc(part + ".wins", outcome > 0 ? 1 : 0));
            updates.add(Updates.inc(part + ".pnl", new Decimal128(trade.pnl())));
        }
        if (row != null) {
            updates.add(Updates.push("rows", row));
        }
        Document notYetCounted = new Document("_id", id).append("booked", new Document("$ne", trade.id()));
        try {
            mongo.database().getCollection(COLLECTION).updateOne(notYetCounted, Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // No match and an existing id: the rollup has counted this trade already.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** A money field of a rollup or row as written here (Decimal128); zero when absent. */
    public static BigDecimal decimal(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Decimal128 d ? d.bigDecimalValue() : value instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO;
    }

    /** A trade as its ledgers keep it: short field names, a day holds hundreds. */
    public static Document row(Trade t) {
        return new Document("u", t.userId()).append("b", t.brokerConnectionId()).append("s", t.symbol()).append("p", t.providerId())
                .append("d", t.direction()).append("q", new Decimal128(t.quantity())).append("e", new Decimal128(t.entryPrice()))
                .append("x", new Decimal128(t.exitPrice())).append("pnl", new Decimal128(t.pnl())).append("pct", new Decimal128(t.pnlPercent()))
                .append("f", new Decimal128(t.fees())).append("o", Date.from(t.openedAt())).append("c", Date.from(t.closedAt()));
    }
}
