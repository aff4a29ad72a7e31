package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeexecutor.platform.control.EmbeddedMongoStore;
import org.tradeexecutor.platform.control.StoreConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A position's protective orders are found by the position, listed once, and those that ended are taken off. */
class WorkingProtectionTest {

    @Test
    void ordersAreListedByPositionOnceAndEndedOnesTakenOff(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            WorkingProtection protection = on(client.getDatabase("protection"));

            protection.add("u1", "p1", "AAPL", "s1:u1:stop@10");
            protection.add("u1", "p1", "AAPL", "s1:u1:stop@10"); // placed again with the same key
            protection.add("u1", "p1", "AAPL", "s1:u1:tp1@10");
            protection.add("u1", "p2", "AAPL", "s2:u1:stop@5");
            protection.add("u2", "p1", "AAPL", "s1:u2:stop@3");

            assertEquals(List.of("s1:u1:stop@10", "s1:u1:tp1@10"), protection.of("u1", "p1", "AAPL"));
            assertEquals(List.of("s2:u1:stop@5"), protection.of("u1", "p2", "AAPL"), "another provider's position is another list");
            assertEquals(List.of(), protection.of("u1", "p1", "MSFT"));

            protection.takeOff("u1", "p1", "AAPL", Set.of("s1:u1:tp1@10"));
            assertEquals(List.of("s1:u1:stop@10"), protection.of("u1", "p1", "AAPL"));
            assertEquals(List.of("s1:u2:stop@3"), protection.of("u2", "p1", "AAPL"));
        }
    }

    @Test
    void aDatabaseOfAnEarlierVersionHasItsProtectiveOrdersNotEndedListedOnce(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("earlier");
            database.getCollection("executions").insertMany(List.of(
                    execution("s1:u1:stop@10", "stop@10", "ACCEPTED"),
                    execution("s1:u1:tp1@10", "tp1@10", "PARTIALLY_FILLED"),
                    execution("s1:u1:trail@10", "trail@10", "SUBMITTED"),
                    execution("s0:u1:stop@4", "stop@4", "CANCELLED"),
                    execution("s0:u1:tp1@4", "tp1@4", "FILLED"),
                    execution("s1:u1:entry", "entry", "FILLED"),
                    execution("s2:u1:exit", "exit", "ACCEPTED")));
            WorkingProtection protection = on(database);

            protection.listEarlierOrders(new DatabaseReady(true));
            assertEquals(Set.of("s1:u1:stop@10", "s1:u1:tp1@10", "s1:u1:trail@10"), Set.copyOf(protection.of("u1", "p1", "AAPL")));
            assertNotNull(database.getCollection(WorkingProtection.COLLECTION).find(new Document("_id", WorkingProtection.BUILT)).first());

            protection.takeOff("u1", "p1", "AAPL", Set.of("s1:u1:trail@10"));
            protection.listEarlierOrders(new DatabaseReady(true)); // the next start: listed before, not again
            assertEquals(Set.of("s1:u1:stop@10", "s1:u1:tp1@10"), Set.copyOf(protection.of("u1", "p1", "AAPL")));
        }
    }

    private static Document execution(String id, String leg, String state) {
        return new Document("_id", id).append("userId", "u1").append("providerId", "p1").append("symbol", "AAPL").append("leg", leg).append("state", state);
    }

    private static WorkingProtection on(MongoDatabase database) {
        WorkingProtection protection = new WorkingProtection();
        protection.mongo = StoreConnection.to(database);
        return protection;
    }
}
