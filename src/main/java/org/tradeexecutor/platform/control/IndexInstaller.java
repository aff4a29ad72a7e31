package org.tradeexecutor.platform.control;

import com.mongodb.client.model.IndexOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Creates every declared index; creating an existing index with the same definition is a no-op in MongoDB. */
@ApplicationScoped
public class IndexInstaller {

    private static final Logger LOG = Logger.getLogger(IndexInstaller.class.getName());

    @Inject
    Instance<IndexCatalog> catalogs;

    @Inject
    MongoConnection connection;

    public List<IndexDefinition> declared() {
        return catalogs.stream()
                .flatMap(catalog -> catalog.indexes().stream())
                .sorted(Comparator.comparing(IndexDefinition::collection).thenComparing(IndexDefinition::name))
                .toList();
    }

    public void installAll() {
        List<IndexDefinition> indexes = declared();
        for (IndexDefinition index : indexes) {
            IndexOptions options = new IndexOptions().name(index.name()).unique(index.unique());
            index.expireAfter().ifPresent(ttl -> options.expireAfter(ttl.toSeconds(), TimeUnit.SECONDS));
            connection.database().getCollection(index.collection()).createIndex(index.keys(), options);
        }
        LOG.info(() -> "Indexes in place: " + indexes.size());
    }
}
