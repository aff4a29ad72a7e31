package org.tradeexecutor.platform.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.platform.entity.LeadershipGained;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance does the once-only duties (matching resting paper orders, reconciling, recovery, retries, following
 * Alpaca orders, sweeps): the holder of a lease in the store ({@code leases}, {@code {_id: "duties", holder, until}}).
 * The holder renews it every {@code LEASE_SECONDS} ÷ 3; another instance takes it once it has lapsed, so when the
 * leader dies another one leads within {@code LEASE_SECONDS} (15) and a renewal round. Every taking and renewal is one
 * conditional write, so two instances never hold it at once; an instance that cannot renew in time stops leading on its
 * own before its lease could be taken.
 */
@ApplicationScoped
public class Leadership {

    static final String COLLECTION = "leases";
    private static final String DUTIES = "duties";
    private static final Logger LOG = Logger.getLogger(Leadership.class.getName());

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    @Inject
    Event<LeadershipGained> gained;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "LEASE_SECONDS", defaultValue = "15")
    long leaseSeconds;

    /** This instance, for as long as it runs. */
    private final String instance = UUID.randomUUID().toString();
    /** Until when this instance may act as the leader (its own view: the lease it last wrote, less a margin). */
    private volatile Instant leadingUntil = Instant.EPOCH;

    /** After the other start-up work (demo seeding, schedules): a leader found now resumes what a stop left half done. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DatabaseReady ready) {
        metrics.gauge("leadership.leading", this, leadership -> leadership.leading() ? 1 : 0);
        renew();
        long every = Math.max(1, leaseSeconds / 3);
        scheduler.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.SECONDS);
    }

    /** Whether this instance is to do the once-only duties now. */
    public boolean leading() {
        return clock.instant().isBefore(leadingUntil);
    }

    public String instance() {
        return instance;
    }

    /** Takes the lease if it is free or lapsed, renews it if it is ours; announces a leadership newly gained. */
    void renew() {
        boolean before = leading();
        try {
            Instant now = clock.instant();
            Instant until = now.plusSeconds(leaseSeconds);
            Document ours = new Document("_id", DUTIES).append("holder", instance).append("until", Date.from(until));
            // Ours already, or lapsed: one conditional write decides between instances.
            Document takeable = new Document("_id", DUTIES).append("$or", List.of(new Document("holder", instance),
                    new Document("until", new Document("$lt", Date.from(now)))));
            boolean held = collection().replaceOne(takeable, ours).getModifiedCount() == 1 || claimFirst(ours);
            // A margin below the lease: this instance stops a little before another may start.
            leadingUntil = held ? until.minus(Duration.ofSeconds(Math.max(1, leaseSeconds / 5))) : Instant.EPOCH;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The duties' lease could not be renewed; leading stops when it runs out", e);
        }
        if (!before && leading()) {
            LOG.info(() -> "This instance (" + instance + ") now does the once-only duties");
            gained.fire(new LeadershipGained(instance));
        }
    }

    /** The very first lease (no document yet); false when another instance wrote it first. */
    private boolean claimFirst(Document ours) {
        try {
            collection().insertOne(ours);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** A stopping instance hands the lease back, so that another one leads at once. */
    @PreDestroy
    void stop() {
        try {
            if (leading()) {
                collection().deleteOne(new Document("_id", DUTIES).append("holder", instance));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The lease was not handed back; it lapses", e);
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
