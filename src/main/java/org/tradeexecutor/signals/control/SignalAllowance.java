package org.tradeexecutor.signals.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.IdRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signals a community's plan allows per UTC day (PRODUCT C6), counted atomically: one conditional increment of
 * the day's counter {@code communityId|yyyy-MM-dd} that only matches below the limit. With the counter at the limit
 * the upsert collides with it (duplicate key) and the signal is not taken — on any number of instances at once.
 */
@ApplicationScoped
public class SignalAllowance {

    static final String COLLECTION = "signal_counts";

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    /** Takes one of today's signals; false when the plan's limit is reached (nothing counted then). */
    public boolean take(String communityId, Plan plan) {
        Document filter = new Document("_id", key(communityId));
        if (!Plan.unlimited(plan.maxSignalsPerDay())) {
            filter.append("count", new Document("$lt", plan.maxSignalsPerDay()));
        }
        try {
            return mongo.database().getCollection(COLLECTION).findOneAndUpdate(filter, Updates.inc("count", 1),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)) != null;
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                return false;
            }
            throw e;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Signals taken today (UTC). */
    public long today(String communityId) {
        Document day = mongo.database().getCollection(COLLECTION).find(new Document("_id", key(communityId))).first();
        return day == null ? 0 : ((Number) day.get("count")).longValue();
    }

    /** Signals taken per UTC day from {@code from} to {@code to} (both included; days without any are missing), one id range. */
    public Map<LocalDate, Long> days(String communityId, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> days = new TreeMap<>();
        mongo.database().getCollection(COLLECTION).find(IdRange.of(communityId + "|" + from, communityId + "|" + to.plusDays(1))).forEach(day -> {
            String id = day.getString("_id");
            days.put(LocalDate.parse(id.substring(id.lastIndexOf('|') + 1)), ((Number) day.get("count")).longValue());
        });
        return days;
    }

    private String key(String communityId) {
        return communityId + "|" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
