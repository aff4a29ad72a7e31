package org.tradeexecutor.platform.control;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded store keeps what it acknowledged: across a clean restart and across {@code kill -9}. */
class EmbeddedMongoStoreTest {

    @Test
    void dataSurvivesACleanRestart(@TempDir Path dataDir) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("app").getCollection("users").insertOne(new Document("_id", "u1").append("username", "tara"));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = client.getDatabase("app").getCollection("users").find(new Document("_id", "u1")).first();
            assertEquals("tara", found.getString("username"));
        }
    }

    /**
     * A query naming the id and more ("this id, if still in this state") finds the one document by its id and applies
     * the rest to it: the answers are those of a scan, whatever the operators next to the id.
     */
    @Test
    void aQueryByIdAndMoreAnswersWhatTheWholeQuerySays(@TempDir Path dataDir) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> executions = client.getDatabase("app").getCollection("executions");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                documents.add(new Document("_id", "e" + i).append("state", i % 2 == 0 ? "SUBMITTED" : "FILLED").append("booked", List.of("t" + i)));
            }
            executions.insertMany(documents);

            assertEquals("e10", executions.find(new Document("_id", "e10").append("state", "SUBMITTED")).first().getString("_id"));
            assertNull(executions.find(new Document("_id", "e10").append("state", "FILLED")).first());
            assertNull(executions.find(new Document("_id", "e10").append("booked", new Document("$ne", "t10"))).first());
            assertEquals(1, executions.countDocuments(new Document("_id", "e11").append("booked", new Document("$ne", "t10"))));
            assertEquals(1, executions.updateOne(new Document("_id", "e12").append("state", "SUBMITTED"),
                    new Document("$set", new Document("state", "FILLED"))).getModifiedCount());
            assertEquals(0, executions.updateOne(new Document("_id", "e12").append("state", "SUBMITTED"),
                    new Document("$set", new Document("state", "CANCELLED"))).getModifiedCount(), "one winner");
            assertEquals(0, executions.deleteOne(new Document("_id", "missing").append("state", "FILLED")).getDeletedCount());
            assertEquals(1000, executions.countDocuments(new Document("state", "FILLED").append("_id", new Document("$regex", "^e"))) - 1);
        }
    }

    /**
     * Queries by string ids read the documents where they are kept (no index): the answers are those of the index —
     * missing ids left out, each id once, in id order — and other kinds of id still go through the index.
     */
    @Test
    void aQueryByIdsAnswersAsTheIndexWould(@TempDir Path dataDir) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> rollups = client.getDatabase("app").getCollection("rollups");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                documents.add(new Document("_id", String.format("day-%03d", i)).append("trades", i));
            }
            rollups.insertMany(documents);
            rollups.insertOne(new Document("_id", 7).append("trades", -1));

            assertEquals(42, rollups.find(new Document("_id", "day-042")).first().getInteger("trades"));
            assertNull(rollups.find(new Document("_id", "day-999")).first());
            List<String> found = rollups.find(new Document("_id", new Document("$in", List.of("day-300", "day-001", "missing", "day-300", "day-002"))))
                    .map(d -> d.getString("_id")).into(new ArrayList<>());
            assertEquals(List.of("day-001", "day-002", "day-300"), found);
            assertEquals(List.of("day-002"), rollups.find(new Document("_id", new Document("$in", List.of("day-001", "day-002"))).append("trades", 2))
                    .map(d -> d.getString("_id")).into(new ArrayList<>()));
            assertEquals(-1, rollups.find(new Document("_id", 7)).first().getInteger("trades"));
            assertEquals(2, rollups.countDocuments(new Document("_id", new Document("$in", List.of(7, "day-003")))));
            assertEquals(1, rollups.updateOne(new Document("_id", "day-010"), new Document("$inc", new Document("trades", 1))).getModifiedCount());
            assertEquals(11, rollups.find(new Document("_id", "day-010")).first().getInteger("trades"));
            assertEquals(1, rollups.deleteOne(new Document("_id", "day-011")).getDeletedCount());
            assertNull(rollups.find(new Document("_id", "day-011")).first());
            assertEquals(500, rollups.countDocuments());
        }
    }

    /** A range of string ids is read in id order from where the documents are kept, with the rest of the query, sort and paging applied. */
    @Test
    void aRangeOfIdsAnswersAsTheIndexWould(@TempDir Path dataDir) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> audits = client.getDatabase("app").getCollection("audits");
            List<Document> documents = new ArrayList<>();
            for (String community : List.of("a", "b", "c")) {
                for (int i = 0; i < 100; i++) {
                    documents.add(new Document("_id", community + "|" + String.format("%04d", i)).append("n", i));
                }
            }
            audits.insertMany(documents);
            audits.insertOne(new Document("_id", 5).append("n", 5));

            Document range = new Document("_id", new Document("$gte", "b|0010").append("$lt", "b|0020"));
            assertEquals(List.of("b|0019", "b|0018"), audits.find(range).sort(new Document("_id", -1)).limit(2)
                    .map(d -> d.getString("_id")).into(new ArrayList<>()));
            assertEquals(List.of("b|0012", "b|0014"), audits.find(new Document(range).append("n", new Document("$in", List.of(12, 14, 33))))
                    .map(d -> d.getString("_id")).into(new ArrayList<>()));
            assertEquals(10, audits.find(range).into(new ArrayList<>()).size());
            assertEquals(100, client.getDatabase("app").runCommand(new Document("count", "audits")
                    .append("query", new Document("_id", new Document("$gte", "b|").append("$lt", "b|~")))).getInteger("n"));
            assertEquals(0, audits.find(new Document("_id", new Document("$gte", "d|").append("$lt", "d|~"))).into(new ArrayList<>()).size());
        }
    }

    /**
     * A non-unique index holds nothing in this store, so reopening adds it without reading the collection: the index
     * is still listed, unique indexes still refuse duplicates, and queries on its fields still answer (by scanning).
     */
    @Test
    void indexesSurviveAReopenAndQueriesStillAnswer(@TempDir Path dataDir) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> trades = client.getDatabase("app").getCollection("trades");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                documents.add(new Document("_id", "t" + i).append("userId", "u" + i % 10).append("ref", "r" + i));
            }
            trades.insertMany(documents);
            trades.createIndex(new Document("userId", 1), new IndexOptions().name("user"));
            trades.createIndex(new Document("ref", 1), new IndexOptions().name("ref").unique(true));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> trades = client.getDatabase("app").getCollection("trades");
            List<String> names = trades.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>());
            assertTrue(names.containsAll(List.of("user", "ref")), names.toString());
            assertEquals(100, trades.countDocuments(new Document("userId", "u3")));
            assertEquals("t7", trades.find(new Document("ref", "r7")).first().getString("_id"));
            assertThrows(MongoWriteException.class, () -> trades.insertOne(new Document("_id", "t-new").append("ref", "r7")));
            trades.insertOne(new Document("_id", "t-new").append("userId", "u3").append("ref", "r-new"));
            assertEquals(101, trades.countDocuments(new Document("userId", "u3")));
        }
    }

    /** A bulk load commits now and then and leaves a compacted file that opens with everything in it. */
    @Test
    void aBulkLoadKeepsEverythingAndCompactsTheFile(@TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.openForBulkLoad(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> days = client.getDatabase("app").getCollection("days");
            for (int batch = 0; batch < 20; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    documents.add(new Document("_id", "d" + batch + "-" + i).append("rows", List.of(new Document("n", i))));
                }
                days.insertMany(documents);
                days.updateMany(new Document(), new Document("$inc", new Document("version", 1))); // garbage to compact
            }
        }
        long compacted = java.nio.file.Files.size(dataDir.resolve("store.mv.db"));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> days = client.getDatabase("app").getCollection("days");
            assertEquals(10_000, days.countDocuments());
            assertEquals(1, days.find(new Document("_id", "d19-499")).first().getInteger("version"));
            assertEquals(20, days.find(new Document("_id", "d0-0")).first().getInteger("version"));
        }
        assertTrue(compacted < 50L * 1024 * 1024, "compacted to " + compacted + " bytes");
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dataDir) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < StoreWriter.WRITES && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                }
            }
            // SIGKILL right after the last acknowledgement: no shutdown hook, no final commit.
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(StoreWriter.WRITES, acknowledged);

        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> orders = client.getDatabase("app").getCollection("orders");
            assertEquals(StoreWriter.WRITES, orders.countDocuments());
        }
    }

    /** Runs in a child JVM: writes one document at a time and reports each acknowledgement. */
    public static final class StoreWriter {

        static final int WRITES = 25;

        public static void main(String[] args) throws InterruptedException {
            EmbeddedMongoStore store = EmbeddedMongoStore.open(Path.of(args[0]), 0);
            MongoClient client = MongoClients.create(store.connectionString());
            MongoCollection<Document> orders = client.getDatabase("app").getCollection("orders");
            for (int i = 1; i <= WRITES; i++) {
                orders.insertOne(new Document("_id", "order-" + i));
                System.out.println("ACK " + i);
                System.out.flush();
            }
            Thread.sleep(60_000);
        }
    }
}
