package org.tradeexecutor.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Start-up in a fixed order: connect, create indexes, then let components act on a ready database. */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    MongoConnection connection;

    @Inject
    IndexInstaller indexes;

    @Inject
    Event<DatabaseReady> databaseReady;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        Instant begin = Instant.now();
        indexes.installAll();
        databaseReady.fire(new DatabaseReady(connection.embedded()));
        started = true;
        LOG.info(() -> "Application started in " + Duration.between(begin, Instant.now()).toMillis() + " ms after deployment");
    }

    public boolean started() {
        return started;
    }
}
