package org.tradeexecutor.analytics.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeexecutor.platform.control.EmbeddedMongoStore;
import org.tradeexecutor.platform.control.StoreConnection;
import org.tradeexecutor.portfolio.entity.Trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A trade counts into each daily rollup once, however often it is booked (a fill booked again after a stop). */
class DailyRollupsTest {

    private static Trade trade(String id, String pnl) {
        return trade(id, "u1", pnl);
    }

    private static Trade trade(String id, String userId, String pnl) {
        Instant closed = Instant.parse("2026-11-30T15:00:00Z");
        return new Trade(id, "c1", userId, "paper:" + userId, "p1", "AAPL", "LONG", BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("101"),
                new BigDecimal(pnl), BigDecimal.ONE, BigDecimal.ZERO, "s1", "s2", closed.minusSeconds(60), closed, 60);
    }

    private static DailyRollups rollupsIn(MongoDatabase database) {
        DailyRollups rollups = new DailyRollups();
        rollups.mongo = StoreConnection.to(database);
        return rollups;
    }

    @Test
    void tradesCountedTogetherCountAsTheyDoOneByOneSomeOfThemAgain(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase together = client.getDatabase("together");
            MongoDatabase oneByOne = client.getDatabase("oneByOne");
            List<Trade> slice = List.of(trade("t1", "u1", "10"), trade("t2", "u2", "-4"), trade("t3", "u3", "0"), trade("t5", "u1", "3"));
            List<Trade> next = List.of(trade("t2", "u2", "-4"), trade("t4", "u4", "7")); // t2 again: booked again after a stop

            DailyRollups all = rollupsIn(together);
            all.addAll(slice);
            all.addAll(next);
            all.addAll(slice);
            DailyRollups each = rollupsIn(oneByOne);
            Stream.of(slice, next, slice).flatMap(List::stream).forEach(each::add);

            List<Document> expected = oneByOne.getCollection(DailyRollups.COLLECTION).find().into(new ArrayList<>());
            assertEquals(4 + 4 + 3, expected.size(), "four users' days and totals, the provider's and community's day, the community's month");
            for (Document want : expected) {
                Document got = together.getCollection(DailyRollups.COLLECTION).find(new Document("_id", want.get("_id"))).first();
                want.remove("booked");
                got.remove("booked");
                assertEquals(want.get("trades"), got.get("trades"), want.getString("_id"));
                assertEquals(canonical(want), canonical(got), want.getString("_id"));
            }
            Document provider = together.getCollection(DailyRollups.COLLECTION).find(new Document("_id", "provider|p1|2026-11-30")).first();
            assertEquals(5, provider.getInteger("trades"));
            assertEquals(5, provider.getList("rows", Document.class).size(), "each trade's row once");
            assertEquals(0, new BigDecimal("16").compareTo(((Decimal128) provider.get("pnl")).bigDecimalValue()));
        }
    }

    /** The same counts in any order of rows and fields. */
    private static String canonical(Document rollup) {
        List<String> rows = rollup.getList("rows", Document.class, List.of()).stream().map(Document::toJson).sorted().toList();
        Document rest = new Document(new TreeMap<>(rollup));
        rest.remove("rows");
        return rest.toJson() + rows;
    }

    @Test
    void aTradeBookedTwiceCountsOnceAndOthersStillCount(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("rollups");
            DailyRollups rollups = rollupsIn(database);

            rollups.add(trade("t1", "10"));
            rollups.add(trade("t1", "10"));
            rollups.add(trade("t2", "-4"));
            rollups.add(trade("t1", "10"));
            rollups.add(trade("t3", "0"));

            for (String id : new String[]{"user|u1|2026-11-30", "provider|p1|2026-11-30", "community|c1|2026-11-30", "userProvider|u1|p1"}) {
                Document rollup = database.getCollection(DailyRollups.COLLECTION).find(new Document("_id", id)).first();
                assertEquals(3, rollup.getInteger("trades"), id);
                assertEquals(1, rollup.getInteger("wins"), id);
                assertEquals(1, rollup.getInteger("losses"), id);
                assertEquals(1, rollup.getInteger("evens"), id + ": a trade without profit or loss is even, not a loss");
                assertEquals(0, new BigDecimal("6").compareTo(((Decimal128) rollup.get("pnl")).bigDecimalValue()), id);
            }
            // The user's and the provider's ledgers hold each trade once, in the day it closed.
            TradeLedgers ledgers = new TradeLedgers();
            ledgers.mongo = rollups.mongo;
            ledgers.cacheRows = 1000;
            assertEquals(3, ledgers.ofUser("u1").size());
            assertEquals(3, ledgers.ofProvider("p1").size());
            rollups.add(trade("t4", "2"));
            assertEquals(4, ledgers.ofUser("u1").size(), "a new trade is seen at the next look");
            assertEquals(0, new BigDecimal("8").compareTo(java.util.stream.IntStream.range(0, 4).mapToObj(ledgers.ofUser("u1")::pnl)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
    }
}
