package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

@ApplicationScoped
public class AccessIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.unique("users", "username", new Document("username", 1)),
                IndexDefinition.of("users", "status", new Document("status", 1)),
                IndexDefinition.unique("api_tokens", "secretDigest", new Document("secretDigest", 1)),
                IndexDefinition.of("api_tokens", "userId", new Document("userId", 1)),
                IndexDefinition.of("remembered_sign_ins", "lapsesAt", new Document("lapsesAt", 1)));
    }
}
