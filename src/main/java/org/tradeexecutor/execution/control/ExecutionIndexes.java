package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

/**
 * The execution key is the id (unique by itself); the client order id derived from it is unique too. The two
 * {@code _id}-plus-field indexes serve conditional writes ("this id, if still in this state / at this version"): the
 * embedded store uses an index only when the filter names exactly its fields, and would scan the collection once per
 * write without them; on MongoDB they cost little.
 */
@ApplicationScoped
public class ExecutionIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.unique("executions", "client_order_id", new Document("clientOrderId", 1)),
                IndexDefinition.unique("executions", "id_state", new Document("_id", 1).append("state", 1)),
                IndexDefinition.unique(PaperLedger.ACCOUNTS, "id_version", new Document("_id", 1).append("version", 1)),
                IndexDefinition.of("executions", "signal", new Document("signalId", 1)),
                IndexDefinition.of("executions", "user_created", new Document("userId", 1).append("createdAt", -1)),
                IndexDefinition.of("executions", "state", new Document("state", 1).append("updatedAt", -1)),
                IndexDefinition.of("broker_connections", "user", new Document("userId", 1)),
                IndexDefinition.of(PaperLedger.ORDERS, "status", new Document("status", 1)));
    }
}
