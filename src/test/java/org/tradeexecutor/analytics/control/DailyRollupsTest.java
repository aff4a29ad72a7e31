package org.tradeexecutor.analytics.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeexecutor.platform.control.EmbeddedMongoStore;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.portfolio.entity.Trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A trade counts into each daily rollup once, however often it is booked (a fill booked again after a stop). */
class DailyRollupsTest {

    private static Trade trade(String id, String pnl) {
        Instant closed = Instant.parse("2026-11-30T15:00:00Z");
        return new Trade(id, "c1", "u1", "paper:u1", "p1", "AAPL", "LONG", BigDecimal.TEN, new BigDecimal("100"), new BigDecimal("101"),
                new BigDecimal(pnl), BigDecimal.ONE, BigDecimal.ZERO, "s1", "s2", closed.minusSeconds(60), closed, 60);
    }

    @Test
    void aTradeBookedTwiceCountsOnceAndOthersStillCount(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("rollups");
            DailyRollups rollups = new DailyRollups();
            rollups.mongo = new MongoConnection() {
                @Override
                public MongoDatabase database() {
                    return database;
                }
            };

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
