package org.tradeexecutor.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import org.eclipse.jnosql.communication.semistructured.DatabaseManager;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.mapping.Database;
import org.eclipse.jnosql.mapping.DatabaseType;

/**
 * Replaces JNoSQL's config-driven document manager with one built on our {@link MongoConnection}, so that the
 * embedded store (whose port is only known at run time) and an external MongoDB are used the same way.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class DocumentManagerProducer {

    @Produces
    @ApplicationScoped
    @Database(DatabaseType.DOCUMENT)
    DatabaseManager documentManager(MongoConnection connection) {
        return new MongoDBDocumentConfiguration().get(connection.client()).apply(connection.databaseName());
    }

    void close(@Disposes @Database(DatabaseType.DOCUMENT) DatabaseManager manager) {
        // The client belongs to MongoConnection, which closes it; closing the manager here would close it twice.
    }
}
