package org.tradeexecutor.notifications.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeexecutor.notifications.entity.NotificationType;
import org.tradeexecutor.platform.control.EmbeddedMongoStore;
import org.tradeexecutor.platform.control.StoreConnection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch of history entries tried again (the writer keeps a batch the store refused) is stored and counted once. */
class NotificationHistoryTest {

    @Test
    void aBatchStoredAgainAddsOnlyWhatWasNotStored(@TempDir Path dataDir) {
        try (var store = EmbeddedMongoStore.open(dataDir, 0); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("notifications");
            NotificationHistory history = new NotificationHistory();
            history.mongo = StoreConnection.to(database);
            Instant at = Instant.parse("2026-12-04T10:00:00Z");
            Document first = NotificationHistory.entry("u1", NotificationType.FILL, "info", "Filled: buy 1 AAPL", "at 100", "c1", at);
            Document second = NotificationHistory.entry("u1", NotificationType.FILL, "info", "Filled: buy 2 AAPL", "at 101", "c1", at.plusSeconds(1));
            Document other = NotificationHistory.entry("u2", NotificationType.FILL, "info", "Filled: buy 3 AAPL", "at 102", "c1", at.plusSeconds(2));

            history.store(List.of(first));
            history.store(List.of(first, second, other)); // the first again, with two new ones
            history.store(List.of(first, second, other)); // all again

            assertEquals(3, database.getCollection(NotificationHistory.COLLECTION).countDocuments());
            assertEquals(2, database.getCollection(NotificationHistory.COUNTS).find(new Document("_id", "u1")).first().get("unread", Number.class).intValue());
            assertEquals(1, database.getCollection(NotificationHistory.COUNTS).find(new Document("_id", "u2")).first().get("unread", Number.class).intValue());
        }
    }
}
