package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Signals whose fan-out did not finish (a follower's account could not be read, a slice failed): each is run again
 * when due, and what was decided before is not decided twice. In the store ({@code fan_out_retries}, a small
 * collection), so another instance, or this one after a restart, picks them up.
 */
@ApplicationScoped
public class FanOutRetries {

    static final String COLLECTION = "fan_out_retries";

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    public void schedule(String signalId, Instant due) {
        collection().replaceOne(new Document("_id", signalId), new Document("_id", signalId).append("due", Date.from(due)),
                new ReplaceOptions().upsert(true));
    }

    public void done(String signalId) {
        collection().deleteOne(new Document("_id", signalId));
    }

    /** The signals due for another run now, oldest first. */
    public List<String> due() {
        List<String> due = new ArrayList<>();
        collection().find(new Document("due", new Document("$lte", Date.from(clock.instant())))).sort(new Document("due", 1))
                .forEach(document -> due.add(document.getString("_id")));
        return due;
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
