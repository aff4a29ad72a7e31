package org.tradeexecutor.platform.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Entities written many at a time through the driver (a fan-out slice's positions, its executions): each as JNoSQL's
 * own document of it, its converters included, so the repositories read them back as they read what they wrote.
 */
@ApplicationScoped
public class EntityDocuments {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    @Inject
    EntityConverter entities;

    /** The entity's document; enums as their names, as JNoSQL's MongoDB layer writes them. */
    public Document of(Object entity) {
        Document document = new Document();
        entities.toCommunication(entity).toMap().forEach((name, value) -> document.append(name, stored(value)));
        return document;
    }

    /** Stores every entity as it is now (replaced by id, or inserted), in one round trip. */
    public void saveAll(MongoCollection<Document> collection, List<?> all) {
        if (all.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = all.stream().map(this::of)
                .map(document -> new ReplaceOneModel<>(new Document("_id", document.get("_id")), document, UPSERT)).toList();
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    private static Object stored(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        return value;
    }
}
