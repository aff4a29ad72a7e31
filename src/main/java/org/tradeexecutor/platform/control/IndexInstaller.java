package org.tradeexecutor.platform.control;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Creates every declared index; creating an existing index with the same definition is a no-op in MongoDB. Then
 * lists what the database holds and names every declared index that is missing or different (other keys,
 * uniqueness or expiry). The application does both at start; {@code scripts/create-indexes ENV} ({@link IndexTool})
 * does both for an environment's database.
 */
@ApplicationScoped
public class IndexInstaller {

    private static final Logger LOG = Logger.getLogger(IndexInstaller.class.getName());

    @Inject
    Instance<IndexCatalog> catalogs;

    @Inject
    MongoConnection connection;

    public List<IndexDefinition> declared() {
        return sorted(catalogs.stream().flatMap(catalog -> catalog.indexes().stream()).toList());
    }

    public void installAll() {
        List<IndexDefinition> indexes = declared();
        List<String> problems = install(connection.database(), indexes);
        if (problems.isEmpty()) {
            LOG.info(() -> "Indexes in place: " + indexes.size());
        } else {
            problems.forEach(problem -> LOG.severe(() -> "Index " + problem));
        }
    }

    static List<IndexDefinition> sorted(List<IndexDefinition> indexes) {
        return indexes.stream().sorted(Comparator.comparing(IndexDefinition::collection).thenComparing(IndexDefinition::name)).toList();
    }

    /** Creates what is missing and answers what is still not as declared (one sentence each); empty when all are right. */
    static List<String> install(MongoDatabase database, List<IndexDefinition> indexes) {
        List<String> problems = new ArrayList<>();
        for (IndexDefinition index : indexes) {
            IndexOptions options = new IndexOptions().name(index.name()).unique(index.unique());
            index.expireAfter().ifPresent(ttl -> options.expireAfter(ttl.toSeconds(), TimeUnit.SECONDS));
            try {
                database.getCollection(index.collection()).createIndex(index.keys(), options);
            } catch (RuntimeException conflict) { // an index of that name with another definition
                problems.add(index.collection() + "." + index.name() + " could not be created: " + conflict.getMessage());
            }
        }
        problems.addAll(verify(database, indexes));
        return problems.stream().distinct().toList();
    }

    /** Every declared index that the database does not hold as declared. */
    static List<String> verify(MongoDatabase database, List<IndexDefinition> indexes) {
        Map<String, Map<String, Document>> held = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IndexDefinition index : indexes) {
            Map<String, Document> ofCollection = held.computeIfAbsent(index.collection(), c -> {
                Map<String, Document> byName = new HashMap<>();
                database.getCollection(c).listIndexes().forEach(d -> byName.put(d.getString("name"), d));
                return byName;
            });
            Document found = ofCollection.get(index.name());
            if (found == null) {
                problems.add(index.collection() + "." + index.name() + " is missing");
                continue;
            }
            Document keys = found.get("key", Document.class);
            if (!sameKeys(index.keys(), keys)) {
                problems.add(index.collection() + "." + index.name() + " has keys " + keys.toJson() + ", declared " + index.keys().toJson());
            }
            if (index.unique() != Boolean.TRUE.equals(found.getBoolean("unique"))) {
                problems.add(index.collection() + "." + index.name() + (index.unique() ? " is not unique" : " is unique") + ", declared otherwise");
            }
            Long ttl = found.get("expireAfterSeconds") instanceof Number n ? n.longValue() : null;
            Long declaredTtl = index.expireAfter().map(d -> d.toSeconds()).orElse(null);
            if (!Objects.equals(ttl, declaredTtl)) {
                problems.add(index.collection() + "." + index.name() + " expires after " + ttl + " s, declared " + declaredTtl);
            }
        }
        return problems;
    }

    private static boolean sameKeys(Document declared, Document held) {
        if (held == null || declared.size() != held.size()) {
            return false;
        }
        List<String> declaredNames = new ArrayList<>(declared.keySet());
        List<String> heldNames = new ArrayList<>(held.keySet());
        if (!declaredNames.equals(heldNames)) {
            return false;
        }
        for (String name : declaredNames) {
            Object a = declared.get(name);
            Object b = held.get(name);
            boolean same = a instanceof Number x && b instanceof Number y ? x.intValue() == y.intValue() : Objects.equals(a, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
