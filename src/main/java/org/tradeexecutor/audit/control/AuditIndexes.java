package org.tradeexecutor.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.time.Duration;
import java.util.List;

@ApplicationScoped
public class AuditIndexes implements IndexCatalog {

    private static final String AUDITS = "security_audits";
    /** PRODUCT C7: audit entries are kept seven years. */
    static final Duration RETENTION = Duration.ofDays(7 * 365);

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.expiring(AUDITS, "timestamp_ttl", "timestamp", RETENTION),
                IndexDefinition.of(AUDITS, "community_timestamp", new Document("communityId", 1).append("timestamp", -1)),
                IndexDefinition.of(AUDITS, "user_timestamp", new Document("userId", 1).append("timestamp", -1)),
                IndexDefinition.of(AUDITS, "action_timestamp", new Document("action", 1).append("timestamp", -1)));
    }
}
