package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.execution.entity.BrokerKind;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Alpaca orders still working ({@code alpaca_open_orders}: client order id → broker account), so that they are
 * followed to their end without scanning every execution: their accounts' {@code trade_updates} streams are kept
 * open, and while a stream is down (and at start) the orders are looked up instead. A small collection: an order
 * leaves it when it is done.
 */
@ApplicationScoped
public class AlpacaOpenOrders {

    static final String COLLECTION = "alpaca_open_orders";

    @Inject
    MongoConnection mongo;

    @Inject
    Event<AlpacaOrderWorking> newlyWorking;

    /** CDI event: an Alpaca order of this account began to be followed (its stream is to be opened now, not at the next round). */
    public record AlpacaOrderWorking(String connectionId) {
    }

    /** Follows an Alpaca order while it works; forgets it once it is done. */
    public void track(Execution execution) {
        if (execution.getBroker() != BrokerKind.ALPACA) {
            return;
        }
        boolean working = execution.getState() == ExecutionState.ACCEPTED || execution.getState() == ExecutionState.PARTIALLY_FILLED
                || execution.getState() == ExecutionState.SUBMITTED || execution.getState() == ExecutionState.UNKNOWN;
        if (working) {
            boolean first = collection().replaceOne(new Document("_id", execution.getClientOrderId()),
                    new Document("_id", execution.getClientOrderId()).append("connectionId", execution.getBrokerConnectionId()),
                    new ReplaceOptions().upsert(true)).getUpsertedId() != null;
            if (first) {
                newlyWorking.fire(new AlpacaOrderWorking(execution.getBrokerConnectionId()));
            }
        } else {
            done(execution.getClientOrderId());
        }
    }

    public void done(String clientOrderId) {
        collection().deleteOne(new Document("_id", clientOrderId));
    }

    /** Client order ids of the working orders, by broker account. */
    public Map<String, Set<String>> byAccount() {
        Map<String, Set<String>> byAccount = new HashMap<>();
        collection().find().forEach(d -> byAccount.computeIfAbsent(d.getString("connectionId"), c -> new HashSet<>()).add(d.getString("_id")));
        return byAccount;
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
