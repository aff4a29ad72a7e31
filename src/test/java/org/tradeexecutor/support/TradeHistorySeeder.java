package org.tradeexecutor.support;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.analytics.control.DailyRollups;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.Trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Closed trades written straight into the store in bulk, with the daily rollups, ledger rows and heads the bookings
 * would have written (the rows in {@link DailyRollups#row}'s format): for the dashboards' integration tests and their
 * benchmark, where booking a million fills through the broker would take hours. Deterministic for a seed.
 */
public final class TradeHistorySeeder {

    private final MongoDatabase database;
    private final List<Document> trades = new ArrayList<>();
    private final Map<String, Document> days = new LinkedHashMap<>();
    private final Map<String, Document> heads = new LinkedHashMap<>();
    /** A community's traders by month: written once, at the end (a month spans the day-by-day flushes). */
    private final Map<String, Document> months = new LinkedHashMap<>();
    private long written;

    public TradeHistorySeeder(MongoDatabase database) {
        this.database = database;
    }

    /** A trade as the portfolio books it: pnl = (exit − entry) × quantity (reversed for shorts) − fees. */
    public static Trade trade(String communityId, String userId, String providerId, String symbol, boolean isShort, BigDecimal quantity,
                              BigDecimal entry, BigDecimal exit, BigDecimal fees, Instant openedAt, Instant closedAt) {
        BigDecimal move = isShort ? entry.subtract(exit) : exit.subtract(entry);
        BigDecimal pnl = move.multiply(quantity).subtract(fees);
        BigDecimal percent = move.multiply(BigDecimal.valueOf(100)).divide(entry, 4, RoundingMode.HALF_UP);
        String broker = "paper:" + userId;
        return new Trade(Trade.idOf(Position.idOf(userId, broker, symbol, providerId), openedAt), communityId, userId, broker, providerId, symbol,
                isShort ? "SHORT" : "LONG", quantity, entry, exit, pnl, percent, fees, "seeded", "seeded", openedAt, closedAt,
                closedAt.getEpochSecond() - openedAt.getEpochSecond());
    }

    /** Random trades: each a round trip of 1 min to 3 days, pnl between about −4 % and +5 %. */
    public static Trade random(Random random, String communityId, String userId, String providerId, String symbol, Instant closedAt) {
        BigDecimal entry = BigDecimal.valueOf(20 + random.nextInt(400) + random.nextInt(100) / 100.0).setScale(2, RoundingMode.HALF_UP);
        BigDecimal exit = entry.multiply(BigDecimal.valueOf(0.96 + random.nextDouble() * 0.09)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(50));
        Instant opened = closedAt.minusMillis(60_000 + random.nextInt(3 * 86_400_000)); // milliseconds: a round trip's id is its opening
        return trade(communityId, userId, providerId, symbol, random.nextInt(4) == 0, quantity, entry, exit, new BigDecimal("0.50"), opened, closedAt);
    }

    public TradeHistorySeeder add(Trade t) {
        trades.add(new Document("_id", t.id()).append("communityId", t.communityId()).append("userId", t.userId())
                .append("brokerConnectionId", t.brokerConnectionId()).append("providerId", t.providerId()).append("symbol", t.symbol())
                .append("direction", t.direction()).append("quantity", new Decimal128(t.quantity())).append("entryPrice", new Decimal128(t.entryPrice()))
                .append("exitPrice", new Decimal128(t.exitPrice())).append("pnl", new Decimal128(t.pnl())).append("pnlPercent", new Decimal128(t.pnlPercent()))
                .append("fees", new Decimal128(t.fees())).append("entrySignalId", t.entrySignalId()).append("exitSignalId", t.exitSignalId())
                .append("openedAt", Date.from(t.openedAt())).append("closedAt", Date.from(t.closedAt())).append("holdSeconds", t.holdSeconds()));
        String day = LocalDate.ofInstant(t.closedAt(), ZoneOffset.UTC).toString();
        Document row = DailyRollups.row(t);
        count("user|" + t.userId(), day, t, row);
        count("provider|" + t.providerId(), day, t, row);
        Document community = count("community|" + t.communityId(), day, t, null);
        DailyRollups.breakdowns(t).forEach(part -> countPart(community, part, t));
        String monthId = DailyRollups.traderMonthId(t.communityId(), day.substring(0, 7));
        Document month = months.computeIfAbsent(monthId, id -> new Document("_id", id).append("scope", "communityTraders").append("ownerId", t.communityId()));
        countPart(month, "traders." + t.userId(), t);
        if (trades.size() >= 20_000) {
            flushTrades();
        }
        return this;
    }

    private Document count(String ledgerKey, String day, Trade t, Document row) {
        Document rollup = days.computeIfAbsent(DailyRollups.dayId(ledgerKey, day), id -> new Document("_id", id)
                .append("scope", ledgerKey.substring(0, ledgerKey.indexOf('|'))).append("ownerId", ledgerKey.substring(ledgerKey.indexOf('|') + 1))
                .append("day", day).append("trades", 0).append("wins", 0).append("losses", 0).append("evens", 0)
                .append("pnl", BigDecimal.ZERO).append("fees", BigDecimal.ZERO).append("rows", new ArrayList<Document>()));
        rollup.put("trades", rollup.getInteger("trades") + 1);
        String outcome = t.pnl().signum() > 0 ? "wins" : t.pnl().signum() < 0 ? "losses" : "evens";
        rollup.put(outcome, rollup.getInteger(outcome) + 1);
        rollup.put("pnl", ((BigDecimal) rollup.get("pnl")).add(t.pnl()));
        rollup.put("fees", ((BigDecimal) rollup.get("fees")).add(t.fees()));
        if (row != null) {
            rollup.getList("rows", Document.class).add(row);
            Document head = heads.computeIfAbsent(ledgerKey, k -> new Document("_id", k).append("days", new Document()).append("version", 0));
            head.get("days", Document.class).merge(day, 1, (a, b) -> (Integer) a + (Integer) b);
            head.put("version", head.getInteger("version") + 1);
        }
        return rollup;
    }

    /** One trade into a breakdown of a rollup ({@code providers.<id>} and the like), as DailyRollups counts it. */
    private static void countPart(Document rollup, String part, Trade t) {
        String[] path = part.split("\\.", 2);
        Document parts = (Document) rollup.computeIfAbsent(path[0], k -> new Document());
        Document totals = (Document) parts.computeIfAbsent(path[1], k -> new Document("trades", 0).append("wins", 0).append("pnl", BigDecimal.ZERO));
        totals.put("trades", totals.getInteger("trades") + 1);
        totals.put("wins", totals.getInteger("wins") + (t.pnl().signum() > 0 ? 1 : 0));
        totals.put("pnl", ((BigDecimal) totals.get("pnl")).add(t.pnl()));
    }

    private void flushTrades() {
        if (!trades.isEmpty()) {
            database.getCollection("trades").insertMany(trades, new InsertManyOptions().ordered(false));
            written += trades.size();
            trades.clear();
        }
    }

    /** Writes what is collected; the ledgers' days and heads replace what the store had for them. @return trades written */
    public long write() {
        flushDays();
        List<Document> traders = new ArrayList<>(months.values());
        traders.forEach(month -> month.get("traders", Document.class).values()
                .forEach(totals -> ((Document) totals).put("pnl", new Decimal128((BigDecimal) ((Document) totals).get("pnl")))));
        replace(DailyRollups.COLLECTION, traders);
        months.clear();
        replace(DailyRollups.HEADS, new ArrayList<>(heads.values()));
        heads.clear();
        return written;
    }

    /** Writes the trades and days collected so far (call it between days: a day must be complete when written). */
    public void flushDays() {
        flushTrades();
        List<Document> rollups = new ArrayList<>();
        for (Document d : days.values()) {
            d.put("pnl", new Decimal128((BigDecimal) d.get("pnl")));
            d.put("fees", new Decimal128((BigDecimal) d.get("fees")));
            for (String breakdown : List.of("providers", "classes")) {
                if (d.get(breakdown) instanceof Document parts) {
                    parts.values().forEach(totals -> ((Document) totals).put("pnl", new Decimal128((BigDecimal) ((Document) totals).get("pnl"))));
                }
            }
            if (d.getList("rows", Document.class).isEmpty()) {
                d.remove("rows");
            }
            rollups.add(d);
            if (rollups.size() == 1000) {
                replace(DailyRollups.COLLECTION, rollups);
            }
        }
        replace(DailyRollups.COLLECTION, rollups);
        days.clear();
    }

    private void replace(String collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        database.getCollection(collection).deleteMany(new Document("_id", new Document("$in", documents.stream().map(d -> d.get("_id")).toList())));
        database.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        documents.clear();
    }
}
