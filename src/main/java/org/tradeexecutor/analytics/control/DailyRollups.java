package org.tradeexecutor.analytics.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
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
import org.tradeexecutor.portfolio.entity.TradesBooked;

import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** A trade counted again comes within moments (before its position is saved): these are plenty. */
    static final int BOOKED_KEPT = 200;

    @Inject
    MongoConnection mongo;

    void onBooked(@Observes TradeBooked booked) {
        add(booked.trade());
    }

    void onAllBooked(@Observes TradesBooked booked) {
        addAll(booked.trades());
    }

    public void add(Trade trade) {
        addAll(List.of(trade));
    }

    /**
     * What the trades add, in three writes for all (heads, counts, heads): a document that many of them count into (a
     * provider's day, a community's) takes them in one update that applies only where none of them is remembered yet
     * — and where one is (some were counted before), each is counted on its own, as one trade is.
     */
    public void addAll(List<Trade> trades) {
        if (trades.isEmpty()) {
            return;
        }
        touchHeads(trades);
        Map<String, List<Counting>> byDocument = new LinkedHashMap<>();
        trades.forEach(trade -> countings(trade).forEach(c -> byDocument.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(c)));
        List<List<Counting>> groups = List.copyOf(byDocument.values());
        List<UpdateOneModel<Document>> writes = groups.stream()
                .map(group -> new UpdateOneModel<Document>(notYetCounted(group), counting(group), UPSERT)).toList();
        try {
            mongo.database().getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // No match and an existing id: counted already — or, for several trades, some of them were.
                List<Counting> group = groups.get(error.getIndex());
                if (group.size() > 1) {
                    group.forEach(one -> countOne(List.of(one)));
                }
            }
        }
        touchHeads(trades);
    }

    /** One trade's part of one rollup document. */
    private record Counting(String id, String scope, String ownerId, String day, Trade trade, Document row, List<String> breakdowns) {
    }

    private static List<Counting> countings(Trade trade) {
        String day = dayOf(trade);
        Document row = row(trade);
        return List.of(
                new Counting("user|" + trade.userId() + "|" + day, "user", trade.userId(), day, trade, row, List.of()),
                new Counting("provider|" + trade.providerId() + "|" + day, "provider", trade.providerId(), day, trade, row, List.of()),
                new Counting("community|" + trade.communityId() + "|" + day, "community", trade.communityId(), day, trade, null, breakdowns(trade)),
                new Counting(traderMonthId(trade.communityId(), day.substring(0, 7)), "communityTraders", trade.communityId(), null, trade, null,
                        List.of("traders." + trade.userId())),
                new Counting("userProvider|" + trade.userId() + "|" + trade.providerId(), "userProvider", trade.userId(), null, trade, null, List.of()));
    }

    private static String dayOf(Trade trade) {
        return LocalDate.ofInstant(trade.closedAt(), ZoneOffset.UTC).toString();
    }

    /** The day bucket of a ledger's rows. */
    public static String dayId(String ledgerKey, String day) {
        return ledgerKey + "|" + day;
    }

    /** Each user's and provider's head counts a change of the days the trades closed on, in one write for all. */
    private void touchHeads(List<Trade> trades) {
        Map<String, Map<String, Integer>> changes = new LinkedHashMap<>();
        for (Trade trade : trades) {
            String day = dayOf(trade);
            changes.computeIfAbsent("user|" + trade.userId(), key -> new HashMap<>()).merge(day, 1, Integer::sum);
            changes.computeIfAbsent("provider|" + trade.providerId(), key -> new HashMap<>()).merge(day, 1, Integer::sum);
        }
        List<UpdateOneModel<Document>> touches = new ArrayList<>();
        changes.forEach((ledgerKey, days) -> {
            List<Bson> increments = new ArrayList<>();
            days.forEach((day, n) -> increments.add(Updates.inc("days." + day, n)));
            increments.add(Updates.inc("version", days.values().stream().mapToInt(Integer::intValue).sum()));
            touches.add(new UpdateOneModel<>(new Document("_id", ledgerKey), Updates.combine(increments), UPSERT));
        });
        mongo.database().getCollection(HEADS).bulkWrite(touches, new BulkWriteOptions().ordered(false));
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

    private void countOne(List<Counting> one) {
        try {
            mongo.database().getCollection(COLLECTION).updateOne(notYetCounted(one), counting(one), UPSERT);
        } catch (MongoWriteException e) {
            // No match and an existing id: the rollup has counted this trade already.
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The document, unless it remembers one of these trades (then the upsert finds its id taken). */
    private static Document notYetCounted(List<Counting> group) {
        List<String> tradeIds = group.stream().map(c -> c.trade().id()).toList();
        return new Document("_id", group.get(0).id()).append("booked",
                tradeIds.size() == 1 ? new Document("$ne", tradeIds.get(0)) : new Document("$nin", tradeIds));
    }

    /** What the trades add to one document: counts and sums (one increment per field), their rows and ids. */
    private static Bson counting(List<Counting> group) {
        Counting first = group.get(0);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Counting c : group) {
            Trade trade = c.trade();
            int outcome = trade.outcome();
            counts.merge("trades", 1L, Long::sum);
            counts.merge(outcome > 0 ? "wins" : outcome < 0 ? "losses" : "evens", 1L, Long::sum);
            sums.merge("pnl", trade.pnl(), BigDecimal::add);
            sums.merge("fees", trade.fees(), BigDecimal::add);
            for (String part : c.breakdowns()) {
                counts.merge(part + ".trades", 1L, Long::sum);
                counts.merge(part + ".wins", outcome > 0 ? 1L : 0L, Long::sum);
                sums.merge(part + ".pnl", trade.pnl(), BigDecimal::add);
            }
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("scope", first.scope()), Updates.setOnInsert("ownerId", first.ownerId())));
        if (first.day() != null) {
            updates.add(Updates.setOnInsert("day", first.day()));
        }
        counts.forEach((field, n) -> updates.add(Updates.inc(field, n.intValue())));
        sums.forEach((field, sum) -> updates.add(Updates.inc(field, new Decimal128(sum))));
        // Every id of the group is remembered, however many: one of them counted again must find itself.
        updates.add(Updates.pushEach("booked", group.stream().map(c -> c.trade().id()).toList(), new PushOptions().slice(-(BOOKED_KEPT + group.size() - 1))));
        List<Document> rows = group.stream().map(Counting::row).filter(Objects::nonNull).toList();
        if (!rows.isEmpty()) {
            updates.add(Updates.pushEach("rows", rows));
        }
        return Updates.combine(updates);
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
