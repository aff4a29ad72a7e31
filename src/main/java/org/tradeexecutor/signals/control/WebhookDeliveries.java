package org.tradeexecutor.signals.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.Leadership;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What webhook deliveries were seen, in the store (so every instance, and one started after a crash, knows): a
 * delivery's fingerprint (its signature, or the hash of its body) is remembered with the dedup key its signal was
 * stored under, for as long as the same delivery could come again. A repeat within that time is answered with the
 * first key, whatever idempotency key it carries now (headers are not signed), so it finds the first signal and
 * executes nothing. Documents {@code {_id: providerId:fingerprint, dedupKey, expiresAt}}.
 */
@ApplicationScoped
public class WebhookDeliveries {

    static final String COLLECTION = "webhook_deliveries";
    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    @Inject
    Leadership leadership;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * The key to store a delivery's signal under: {@code proposedKey} the first time its fingerprint is seen (or once
     * the memory of an earlier one lapsed), remembered until {@code until}; the key of the first delivery while that
     * is remembered.
     */
    public String remember(String providerId, String fingerprint, String proposedKey, Instant until) {
        String id = providerId + ":" + fingerprint;
        Document fresh = new Document("_id", id).append("dedupKey", proposedKey).append("expiresAt", Date.from(until));
        // A few rounds at most: each lost round means another delivery of the same fingerprint won one.
        for (int round = 0; round < 5; round++) {
            Document earlier = collection().find(new Document("_id", id)).first();
            if (earlier == null) {
                try {
                    collection().insertOne(fresh);
                    return proposedKey;
                } catch (MongoWriteException e) {
                    if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    continue; // the same delivery arrived at the same moment elsewhere; read its key
                }
            }
            if (earlier.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
                return earlier.getString("dedupKey");
            }
            // Lapsed: taken over only if nobody else took it over meanwhile (the filter names the {_id, expiresAt} index).
            Document lapsed = new Document("_id", id).append("expiresAt", earlier.getDate("expiresAt"));
            if (collection().replaceOne(lapsed, fresh).getModifiedCount() == 1) {
                return proposedKey;
            }
        }
        throw new IllegalStateException("Delivery " + id + " is being taken over by others; try again");
    }

    /** Deliveries no longer remembered are deleted every ten minutes (a TTL index does it on MongoDB, not on the embedded store). */
    void startForgetting(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::forgetLapsed, 10, 10, TimeUnit.MINUTES);
    }

    void forgetLapsed() {
        if (!leadership.leading()) {
            return;
        }
        try {
            collection().deleteMany(new Document("expiresAt", new Document("$lt", Date.from(clock.instant()))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting lapsed webhook deliveries failed; the next round tries again", e);
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
