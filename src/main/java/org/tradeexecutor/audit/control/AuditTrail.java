package org.tradeexecutor.audit.control;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.tradeexecutor.audit.entity.AuditEntry;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.audit.entity.AuditQuery;
import org.tradeexecutor.platform.control.MongoConnection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reading the audit trail (PRODUCT C7), newest first. A community's entries are kept under ids that start with the
 * community and go on with the moment ({@link #idOf}), so a host's page reads one range of ids, from MongoDB's
 * {@code _id} index or the embedded store's sorted map, never a scan of every community's entries; only a platform
 * admin's view of every community reads by time.
 */
@ApplicationScoped
public class AuditTrail {

    static final String COLLECTION = "security_audits";
    private static final String ID = "_id";
    /** After every hex digit of an ObjectId. */
    private static final String AFTER_ALL = "~";

    @Inject
    MongoConnection mongo;

    public record Page(long total, List<AuditEntry> entries) {
    }

    /** {@code communityId|ObjectId of the moment} for a community's entry (in time order), a plain ObjectId for others. */
    static String idOf(String communityId, Instant at) {
        String id = new ObjectId(Date.from(at)).toHexString();
        return communityId == null ? id : communityId + "|" + id;
    }

    public Page page(AuditQuery query) {
        Document filter = filter(query);
        List<AuditEntry> entries = newestFirst(query, filter).skip((int) Math.min(Integer.MAX_VALUE, (long) query.page() * query.size()))
                .limit(query.size()).map(AuditTrail::entry).into(new ArrayList<>());
        return new Page(count(filter), entries);
    }

    /** How many entries match, every page of them. */
    public long count(AuditQuery query) {
        return count(filter(query));
    }

    /** The count command, not {@code countDocuments} (an aggregation, which the embedded store answers by scanning). */
    private long count(Document filter) {
        return mongo.database().runCommand(new Document("count", COLLECTION).append("query", filter)).get("n", Number.class).longValue();
    }

    /** Every matching entry, newest first, read in batches. */
    public void forEach(AuditQuery query, Consumer<AuditEntry> each) {
        newestFirst(query, filter(query)).batchSize(1_000).forEach(d -> each.accept(entry(d)));
    }

    private FindIterable<Document> newestFirst(AuditQuery query, Document filter) {
        return collection().find(filter).sort(new Document(query.communityId() == null ? "timestamp" : ID, -1));
    }

    /** Plain filter documents: the embedded store reads {@code _id: {$gte, $lt}} as a range (DurableH2Backend.IdRange). */
    private static Document filter(AuditQuery query) {
        Document filter = new Document();
        if (query.communityId() != null) {
            String prefix = query.communityId() + "|";
            filter.append(ID, new Document("$gte", prefix + (query.from() == null ? "" : secondsOf(query.from(), false)))
                    .append("$lt", prefix + (query.to() == null ? AFTER_ALL : secondsOf(query.to(), true))));
        }
        if (query.from() != null || query.to() != null) { // exact to the millisecond; the id range is to the second
            Document between = new Document();
            if (query.from() != null) {
                between.append("$gte", Date.from(query.from()));
            }
            if (query.to() != null) {
                between.append("$lt", Date.from(query.to()));
            }
            filter.append("timestamp", between);
        }
        if (query.actor() != null) {
            filter.append("username", Pattern.compile("^" + Pattern.quote(query.actor()) + "$", Pattern.CASE_INSENSITIVE));
        }
        if (query.action() != null) {
            filter.append("action", Pattern.compile("^" + Pattern.quote(query.action()), Pattern.CASE_INSENSITIVE));
        }
        if (query.outcome() != null) {
            filter.append("outcome", query.outcome().name());
        }
        return filter;
    }

    /** The first 8 hex digits of an ObjectId made at that second; the end of a range rounds up, so that its last second is in. */
    private static String secondsOf(Instant at, boolean roundUp) {
        long seconds = at.getEpochSecond() + (roundUp && at.getNano() > 0 ? 1 : 0);
        return String.format("%08x", seconds);
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }

    private static AuditEntry entry(Document d) {
        Date at = d.getDate("timestamp");
        String outcome = d.getString("outcome");
        return new AuditEntry(String.valueOf(d.get(ID)), at == null ? null : at.toInstant(), d.getString("action"),
                outcome == null ? null : AuditOutcome.valueOf(outcome), d.getString("userId"), d.getString("username"), d.getString("communityId"),
                d.getString("ipAddress"), d.getString("userAgent"), d.getString("resource"), d.getString("detail"), d.getString("before"),
                d.getString("after"));
    }
}
