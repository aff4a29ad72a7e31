package org.tradeexecutor.subscriptions.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

/** The id ({@code communityId:userId:providerId}) already keeps one subscription per triple; these serve the look-ups. */
@ApplicationScoped
public class SubscriptionIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.of("subscriptions", "provider_active", new Document("providerId", 1).append("active", 1)),
                IndexDefinition.of("subscriptions", "user", new Document("userId", 1)));
    }
}
