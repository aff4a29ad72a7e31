package org.tradeexecutor.platform.control;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The one MongoDB client of the application. With MONGODB_URI it talks to that server; without it, it starts the
 * embedded store first. JNoSQL's document manager is built on this client (see {@link DocumentManagerProducer}).
 */
@ApplicationScoped
public class MongoConnection {

    private static final Logger LOG = Logger.getLogger(MongoConnection.class.getName());

    @Inject
    Config config;

    private DatabaseSettings settings;
    private EmbeddedMongoStore embeddedStore;
    private MongoClient client;
    private String databaseName;

    @PostConstruct
    void connect() {
        settings = DatabaseSettings.from(config);
        String uri;
        if (settings.embedded()) {
            embeddedStore = EmbeddedMongoStore.open(settings.dataDirectory(), settings.embeddedPort());
            uri = embeddedStore.connectionString();
        } else {
            uri = settings.mongoUri().orElseThrow();
        }
        ConnectionString connectionString = new ConnectionString(uri);
        databaseName = Optional.ofNullable(connectionString.getDatabase()).orElse(settings.databaseName());
        MongoClientSettings.Builder clientSettings = MongoClientSettings.builder().applyConnectionString(connectionString);
        if (!uri.contains("serverSelectionTimeoutMS")) {
            // Fail a request (and the readiness check) within seconds when the database is gone, not after 30 s.
            clientSettings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS));
        }
        client = MongoClients.create(clientSettings.build());
        LOG.info(() -> "Database " + databaseName + (settings.embedded() ? " on the embedded store" : " on " + connectionString.getHosts()));
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    public boolean embedded() {
        return settings.embedded();
    }

    /** Round trip to the server; throws when it cannot be reached. */
    public void ping() {
        database().runCommand(new Document("ping", 1));
    }

    @PreDestroy
    void close() {
        client.close();
        if (embeddedStore != null) {
            embeddedStore.close();
        }
    }
}
