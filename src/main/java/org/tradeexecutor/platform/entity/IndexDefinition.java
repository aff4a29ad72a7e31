package org.tradeexecutor.platform.entity;

import org.bson.Document;

import java.time.Duration;
import java.util.Optional;

/**
 * One index a component needs. Components list theirs in an {@code IndexCatalog}; start-up creates them all.
 *
 * @param collection the collection
 * @param name       a stable name, so re-creating it is a no-op
 * @param keys       the key document, e.g. {@code {communityId: 1, timestamp: -1}}
 * @param unique     whether the keys are unique
 * @param expireAfter a TTL, for collections whose documents expire
 */
public record IndexDefinition(String collection, String name, Document keys, boolean unique, Optional<Duration> expireAfter) {

    public static IndexDefinition unique(String collection, String name, Document keys) {
        return new IndexDefinition(collection, name, keys, true, Optional.empty());
    }

    public static IndexDefinition of(String collection, String name, Document keys) {
        return new IndexDefinition(collection, name, keys, false, Optional.empty());
    }

    public static IndexDefinition expiring(String collection, String name, String field, Duration after) {
        return new IndexDefinition(collection, name, new Document(field, 1), false, Optional.of(after));
    }
}
