package org.tradeexecutor.portfolio.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

/** Positions and trades are read per user; rollups by their natural id ({@code scope|id|day}). */
@ApplicationScoped
public class PortfolioIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.of("positions", "user_status", new Document("userId", 1).append("status", 1)),
                IndexDefinition.of("trades", "user_closed", new Document("userId", 1).append("closedAt", -1)),
                IndexDefinition.of("trades", "provider_closed", new Document("providerId", 1).append("closedAt", -1)));
    }
}
