package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fan-out benchmark's floor: what the store does with the same documents and nothing else — one {@code insertMany}
 * per collection, copies of a document each collection holds, into scratch collections that are dropped after. The
 * benchmark also reads through it whether a signal is EXECUTED and each order's signal → order time from its row, and
 * lifts the demo plan's daily limit for a run of signals.
 */
final class StoreFloor {

    private static final String SCRATCH = "bench_floor_";
    private final MongoDatabase database;

    private StoreFloor(MongoDatabase database) {
        this.database = database;
    }

    static StoreFloor of(String uri) {
        MongoClient client = MongoClients.create(uri);
        return new StoreFloor(client.getDatabase("trade_executor"));
    }

    /**
     * Whether the signal's fan-out has finished (EXECUTED), follow-up of its fills included: the benchmark sends the
     * next signal only then, as a provider's "closing" comes after its entry was taken.
     */
    boolean executed(String signalId) {
        Document signal = database.getCollection("signals").find(new Document("_id", signalId)).first();
        return signal != null && "EXECUTED".equals(signal.getString("status"));
    }

    /**
     * Every signal's orders, from their rows: milliseconds from the signal received to the order stored and handed to
     * the broker ({@code sentAt}), sorted; of one leg ("entry", "exit") or, for null, all. Protective orders (no signal
     * of their own) are not among them.
     */
    List<Long> signalToOrderMillis(String leg) {
        List<Long> millis = new ArrayList<>();
        database.getCollection("executions").find(Filters.and(Filters.ne("signalReceivedAt", null), Filters.ne("sentAt", null),
                        leg == null ? Filters.empty() : Filters.eq("leg", leg)))
                .projection(Projections.include("signalReceivedAt", "sentAt"))
                .forEach(e -> millis.add(e.getDate("sentAt").getTime() - e.getDate("signalReceivedAt").getTime()));
        Collections.sort(millis);
        return millis;
    }

    /** The demo community on the Enterprise plan: the Free plan takes 50 signals a day, a run of signals more. */
    void unlimitedPlan() {
        database.getCollection("communities").updateMany(new Document(), new Document("$set", new Document("plan", "ENTERPRISE")));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith(SCRATCH)) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
        }
        return counts;
    }

    /** Documents added to each collection since {@code before} (collections that shrank or stayed are left out). */
    Map<String, Long> writtenSince(Map<String, Long> before) {
        Map<String, Long> written = new TreeMap<>();
        counts().forEach((name, count) -> {
            long added = count - before.getOrDefault(name, 0L);
            if (added > 0) {
                written.put(name, added);
            }
        });
        return written;
    }

    /** Seconds to write as many copies of each collection's documents as were written, with one insertMany per collection. */
    double insertManyLike(Map<String, Long> written) {
        Map<String, List<Document>> batches = new TreeMap<>();
        written.forEach((name, count) -> {
            // Copies of the collection's own documents, as many as were written: their sizes as they are (one sample
            // copied over would make the floor of a collection with one large document — a provider's day — absurd).
            List<Document> stored = database.getCollection(name).find().limit((int) Math.min(count, Integer.MAX_VALUE)).into(new ArrayList<>());
            List<Document> copies = new ArrayList<>();
            for (long i = 0; i < count && !stored.isEmpty(); i++) {
                Document copy = new Document(stored.get((int) (i % stored.size())));
                copy.put("_id", new ObjectId().toHexString());
                copies.add(copy);
            }
            batches.put(name, copies);
        });
        long start = System.nanoTime();
        batches.forEach((name, copies) -> {
            if (!copies.isEmpty()) {
                database.getCollection(SCRATCH + name).insertMany(copies);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        batches.keySet().forEach(name -> database.getCollection(SCRATCH + name).drop());
        return seconds;
    }
}
