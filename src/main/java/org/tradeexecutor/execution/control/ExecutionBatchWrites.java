package org.tradeexecutor.execution.control;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.platform.control.EntityDocuments;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Executions written many at a time, for a fan-out: one insert for all followers' executions and one write for all
 * their outcomes, instead of a round trip each. The documents are JNoSQL's own mapping of the entity (its converters
 * included), so the repository reads them back as it reads those it wrote.
 */
@ApplicationScoped
public class ExecutionBatchWrites {

    private static final int DUPLICATE_KEY = 11000;

    @Inject
    MongoConnection mongo;

    @Inject
    EntityDocuments documents;

    /** Inserts the executions whose key is not stored yet; answers the ids inserted (an existing key was planned before). */
    public Set<String> insertNew(List<Execution> executions) {
        Set<String> inserted = new HashSet<>();
        executions.forEach(e -> inserted.add(e.getId()));
        if (executions.isEmpty()) {
            return inserted;
        }
        try {
            collection().insertMany(executions.stream().map(this::document).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                inserted.remove(executions.get(error.getIndex()).getId());
            }
        }
        return inserted;
    }

    /**
     * Stores the executions' new states where they are still {@code expected}: an execution moved on meanwhile (a fill
     * reported by the broker) keeps the newer state. Answers the ids written. The filter is a plain document naming
     * exactly the fields of the {@code id_state} index (the driver writes {@code Filters.and} as {@code $and}, which
     * the embedded store answers by scanning).
     */
    public Set<String> saveWhereStill(List<Execution> executions, ExecutionState expected) {
        if (executions.isEmpty()) {
            return Set.of();
        }
        List<ReplaceOneModel<Document>> writes = executions.stream().map(e -> new ReplaceOneModel<>(
                new Document("_id", e.getId()).append("state", expected.name()), document(e))).toList();
        long modified = collection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
        Set<String> written = new HashSet<>();
        if (modified == executions.size()) {
            executions.forEach(e -> written.add(e.getId()));
            return written;
        }
        Map<String, String> stored = new HashMap<>();
        collection().find(Filters.in("_id", executions.stream().map(Execution::getId).toList())).projection(Projections.include("state"))
                .forEach(d -> stored.put(d.getString("_id"), d.getString("state")));
        executions.stream().filter(e -> e.getState().name().equals(stored.get(e.getId()))).forEach(e -> written.add(e.getId()));
        return written;
    }

    /**
     * Stores one execution's new state if it is still {@code expected}: of two answers given at once (a confirm and a
     * decline, a decline and the expiry, on any instances) exactly one is written.
     *
     * @return false when it had moved on; nothing was written
     */
    public boolean saveIfStill(Execution execution, ExecutionState expected) {
        return collection().replaceOne(new Document("_id", execution.getId()).append("state", expected.name()), document(execution))
                .getModifiedCount() == 1;
    }

    /** Marks fills whose follow-up has run (position booked, protective orders placed), in one write. */
    public void markFollowedUp(List<String> executionIds) {
        if (!executionIds.isEmpty()) {
            collection().updateMany(Filters.in("_id", executionIds), Updates.set("followedUp", true));
        }
    }

    private Document document(Execution execution) {
        return documents.of(execution);
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection("executions");
    }
}
