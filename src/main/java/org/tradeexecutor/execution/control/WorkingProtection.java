package org.tradeexecutor.execution.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The protective orders ever placed on each follower's position from a provider (user, provider, symbol), in one
 * document per position read by its id: an exit or a moved stop finds them there instead of reading every execution
 * the follower ever had (the store would scan the whole collection for it). An order is listed before it is stored
 * and sent, so that none working at the broker is missing; ones that ended are taken off when seen.
 */
@ApplicationScoped
public class WorkingProtection {

    private static final Logger LOG = Logger.getLogger(WorkingProtection.class.getName());
    static final String COLLECTION = "working_protection";
    /** Stored once the orders placed before this list existed (a database of an earlier version) were listed. */
    static final String BUILT = "_built_v1";
    private static final String ORDERS = "orders";

    @Inject
    MongoConnection mongo;

    /** Listed before the order is stored: one placed again with the same key is listed once. */
    public void add(String userId, String providerId, String symbol, String executionId) {
        collection().updateOne(Filters.eq("_id", keyOf(userId, providerId, symbol)), Updates.addToSet(ORDERS, executionId),
                new UpdateOptions().upsert(true));
    }

    /** {@link #add} for many orders (executions not yet stored), in one write. */
    public void addAll(Collection<Execution> orders) {
        if (orders.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> adds = orders.stream().map(order -> new UpdateOneModel<Document>(
                Filters.eq("_id", keyOf(order.getUserId(), order.getProviderId(), order.getSymbol())), Updates.addToSet(ORDERS, order.getId()),
                new UpdateOptions().upsert(true))).toList();
        collection().bulkWrite(adds, new BulkWriteOptions().ordered(false));
    }

    /** Every protective order listed for the position, ended ones included until they are taken off. */
    public List<String> of(String userId, String providerId, String symbol) {
        Document listed = collection().find(Filters.eq("_id", keyOf(userId, providerId, symbol))).first();
        return listed == null ? List.of() : listed.getList(ORDERS, String.class, List.of());
    }

    /** A follower's position from a provider, as the list knows it. */
    public record Of(String userId, String providerId, String symbol) {
    }

    /** {@link #of} for many positions, in one read; a position with nothing listed is missing. */
    public Map<Of, List<String>> ofAll(Collection<Of> positions) {
        Map<String, Of> byKey = new HashMap<>();
        positions.forEach(p -> byKey.put(keyOf(p.userId(), p.providerId(), p.symbol()), p));
        Map<Of, List<String>> listed = new HashMap<>();
        if (!byKey.isEmpty()) {
            collection().find(Filters.in("_id", byKey.keySet()))
                    .forEach(d -> listed.put(byKey.get(d.getString("_id")), d.getList(ORDERS, String.class, List.of())));
        }
        return listed;
    }

    /** Orders that ended (filled, cancelled, rejected…) are taken off: an ended order never works again. */
    public void takeOff(String userId, String providerId, String symbol, Collection<String> ended) {
        if (!ended.isEmpty()) {
            collection().updateOne(Filters.eq("_id", keyOf(userId, providerId, symbol)), Updates.pullAll(ORDERS, new ArrayList<>(ended)));
        }
    }

    /**
     * A database of an earlier version: its protective orders not yet ended are listed once (one pass over the
     * executions), then the marker is stored; two instances starting at once list the same orders, which is harmless.
     */
    void listEarlierOrders(@Observes DatabaseReady ready) {
        if (collection().find(Filters.eq("_id", BUILT)).first() != null) {
            return;
        }
        List<String> notEnded = Arrays.stream(ExecutionState.values()).filter(state -> !state.isFinal()).map(Enum::name).toList();
        long[] listed = {0};
        mongo.database().getCollection("executions")
                .find(Filters.and(Filters.in("state", notEnded), Filters.regex("leg", "^(tp|trail|stop)")))
                .projection(Projections.include("userId", "providerId", "symbol"))
                .forEach(order -> {
                    add(order.getString("userId"), order.getString("providerId"), order.getString("symbol"), order.getString("_id"));
                    listed[0]++;
                });
        try {
            collection().insertOne(new Document("_id", BUILT));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        if (listed[0] > 0) {
            LOG.info(() -> "Listed " + listed[0] + " protective orders placed before this version by their positions.");
        }
    }

    private static String keyOf(String userId, String providerId, String symbol) {
        return userId + ":" + providerId + ":" + symbol;
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
