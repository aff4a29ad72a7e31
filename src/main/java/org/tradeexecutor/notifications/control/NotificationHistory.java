package org.tradeexecutor.notifications.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.tradeexecutor.notifications.entity.Notification;
import org.tradeexecutor.notifications.entity.NotificationPage;
import org.tradeexecutor.notifications.entity.NotificationType;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.IdRange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The users' notification histories ({@code notifications}, keys {@code <userId>|<ObjectId>}; the API names an entry by
 * its ObjectId, so a user can only ever reach their own) and their unread counts
 * ({@code notification_counts}, one document per user, so the menu's number is one look-up by id).
 */
@ApplicationScoped
public class NotificationHistory {

    static final String COLLECTION = "notifications";
    static final String COUNTS = "notification_counts";
    public static final int MAX_PAGE = 100;
    /** Sorts after every ObjectId: the end of a user's range. */
    private static final String AFTER_ALL = "~";

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    /** A new entry for the history (written by {@link NotificationWriter}). */
    public static Document entry(String userId, NotificationType type, String severity, String summary, String detail, String communityId, Instant at) {
        return new Document("_id", userId + "|" + new ObjectId(Date.from(at)).toHexString()).append("userId", userId).append("type", type.name())
                .append("severity", severity).append("summary", summary).append("detail", detail).append("communityId", communityId)
                .append("createdAt", Date.from(at)).append("readAt", null);
    }

    /**
     * Stores the entries and counts them unread, in two bulk writes. An entry stored before (the same id: a batch tried
     * again after a failure) is neither stored nor counted twice.
     */
    void store(List<Document> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Document> stored = new ArrayList<>(entries);
        try {
            mongo.database().getCollection(COLLECTION).insertMany(entries, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
            Set<Integer> before = e.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
            stored = IntStream.range(0, entries.size()).filter(i -> !before.contains(i)).mapToObj(entries::get).toList();
        }
        if (stored.isEmpty()) {
            return;
        }
        Map<String, Long> perUser = stored.stream().collect(Collectors.groupingBy(d -> d.getString("userId"), Collectors.counting()));
        List<WriteModel<Document>> increments = new ArrayList<>();
        perUser.forEach((userId, n) -> increments.add(new UpdateOneModel<>(new Document("_id", userId), Updates.inc("unread", n), new UpdateOptions().upsert(true))));
        mongo.database().getCollection(COUNTS).bulkWrite(increments);
    }

    /** Newest first; {@code before} is the id of the last entry of the previous page. */
    public NotificationPage page(String userId, String before, int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        String prefix = userId + "|";
        String end = before != null && ObjectId.isValid(before) ? prefix + before : prefix + AFTER_ALL;
        List<Notification> items = new ArrayList<>();
        mongo.database().getCollection(COLLECTION).find(IdRange.of(prefix, end)).sort(new Document("_id", -1)).limit(size + 1)
                .forEach(d -> items.add(notification(d)));
        String next = items.size() > size ? items.get(size - 1).id() : null;
        return new NotificationPage(items.size() > size ? items.subList(0, size) : items, unread(userId), next);
    }

    public long unread(String userId) {
        Document count = mongo.database().getCollection(COUNTS).find(new Document("_id", userId)).first();
        return count == null ? 0 : Math.max(0, count.get("unread", Number.class) == null ? 0 : count.get("unread", Number.class).longValue());
    }

    /** Marks one of the user's entries read; false when they have none of that id. Read already: nothing changes. */
    public boolean markRead(String userId, String notificationId) {
        if (notificationId == null || !ObjectId.isValid(notificationId)) {
            return false;
        }
        String id = userId + "|" + notificationId; // only ever the user's own
        Document marked = mongo.database().getCollection(COLLECTION).findOneAndUpdate(new Document("_id", id).append("readAt", null),
                Updates.set("readAt", Date.from(clock.instant())));
        if (marked != null) {
            mongo.database().getCollection(COUNTS).updateOne(Filters.eq("_id", userId), Updates.inc("unread", -1));
            return true;
        }
        return mongo.database().getCollection(COLLECTION).find(new Document("_id", id)).first() != null;
    }

    /** Marks every entry of the user read and counts again what is left unread (an entry written meanwhile). */
    public void markAllRead(String userId) {
        Document range = IdRange.of(userId + "|", userId + "|" + AFTER_ALL);
        mongo.database().getCollection(COLLECTION).updateMany(new Document(range).append("readAt", null), Updates.set("readAt", Date.from(clock.instant())));
        long left = mongo.database().getCollection(COLLECTION).countDocuments(new Document(range).append("readAt", null));
        mongo.database().getCollection(COUNTS).updateOne(Filters.eq("_id", userId), Updates.set("unread", left), new UpdateOptions().upsert(true));
    }

    private static Notification notification(Document d) {
        Date read = d.getDate("readAt");
        String key = d.getString("_id");
        return new Notification(key.substring(key.indexOf('|') + 1), d.getString("userId"), NotificationType.valueOf(d.getString("type")).code(), d.getString("severity"),
                d.getString("summary"), d.getString("detail"), d.getString("communityId"), d.getDate("createdAt").toInstant(),
                read == null ? null : read.toInstant());
    }
}
