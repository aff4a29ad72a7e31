package org.tradeexecutor.analytics.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.SliceFilled;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.subscriptions.entity.ProviderFollowed;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a trader's execution rate is made of (PRODUCT P1: filled entries ÷ valid entry signals of the followed providers
 * received since following), counted as it happens so the summary reads two documents per followed provider:
 * per provider the valid signals and entry signals ({@code provider|<id>}), per trader and provider the entries filled
 * and both counts as they stood when this spell of following began ({@code follow|<user>|<provider>}). Each signal and
 * each entry order counts once (the last ids counted are remembered).
 */
@ApplicationScoped
public class FollowCounters {

    static final String COLLECTION = "follow_counters";
    private static final int COUNTED_KEPT = 200;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final Bson ENTRY_FILLED = Updates.inc("entriesFilled", 1);
    private static final String ENTRY_LEG = "entry";

    @Inject
    MongoConnection mongo;

    /** @param entrySignals valid entry signals of the provider  @param signals all its valid signals */
    public record ProviderCounts(long signals, long entrySignals) {
        static final ProviderCounts NONE = new ProviderCounts(0, 0);
    }

    /** Since this spell of following began: entry signals received and entries filled. */
    public record SinceFollowing(long entrySignals, long entriesFilled) {
    }

    void onSignal(@Observes SignalAccepted accepted) {
        Bson counts = accepted.signal().kind() == SignalKind.ENTRY
                ? Updates.combine(Updates.inc("signals", 1), Updates.inc("entrySignals", 1)) : Updates.inc("signals", 1);
        countOnce("provider|" + accepted.providerId(), accepted.signalId(), counts);
    }

    /**
     * Before the fill is booked (the portfolio observes at +100): an entry whose target fills at once closes its trade
     * inside the booking, and whoever reads that trade then reads the entry counted too.
     */
    void onFill(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) OrderFilled filled) {
        ExecutionView fill = filled.execution();
        if (!filled.withSlice() && countsAsEntry(fill)) {
            countOnce(followId(fill), fill.id(), ENTRY_FILLED);
        }
    }

    /** A fan-out slice's entries, counted as {@link #onFill} counts each, in one write. */
    void onSlice(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) SliceFilled slice) {
        List<UpdateOneModel<Document>> counts = slice.fills().stream().filter(FollowCounters::countsAsEntry)
                .map(fill -> new UpdateOneModel<Document>(countable(followId(fill), fill.id()), counting(ENTRY_FILLED, fill.id()), UPSERT)).toList();
        if (counts.isEmpty()) {
            return;
        }
        try {
            mongo.database().getCollection(COLLECTION).bulkWrite(counts, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw e; // otherwise: those were counted already
            }
        }
    }

    private static boolean countsAsEntry(ExecutionView fill) {
        return ENTRY_LEG.equals(fill.leg()) && fill.filledQuantity() != null && fill.filledQuantity().signum() > 0;
    }

    private static String followId(ExecutionView fill) {
        return "follow|" + fill.userId() + "|" + fill.providerId();
    }

    /** A new spell of following starts counting from what the provider and the trader have now. */
    void onFollowed(@Observes ProviderFollowed followed) {
        String id = "follow|" + followed.userId() + "|" + followed.providerId();
        Document follow = mongo.database().getCollection(COLLECTION).find(new Document("_id", id)).first();
        Date since = Date.from(followed.followedAt());
        if (follow != null && since.equals(follow.getDate("followedAt"))) {
            return; // the same spell, new settings
        }
        ProviderCounts provider = provider(followed.providerId());
        mongo.database().getCollection(COLLECTION).updateOne(new Document("_id", id),
                Updates.combine(Updates.set("followedAt", since), Updates.set("entrySignalsAtFollow", provider.entrySignals()),
                        Updates.set("entriesFilledAtFollow", follow == null ? 0L : number(follow, "entriesFilled"))),
                new UpdateOptions().upsert(true));
    }

    public ProviderCounts provider(String providerId) {
        Document counts = mongo.database().getCollection(COLLECTION).find(new Document("_id", "provider|" + providerId)).first();
        return counts == null ? ProviderCounts.NONE : new ProviderCounts(number(counts, "signals"), number(counts, "entrySignals"));
    }

    /** For each provider followed: signals received and entries filled since following. */
    public List<SinceFollowing> sinceFollowing(String userId, List<String> providerIds) {
        List<String> ids = providerIds.stream().map(p -> "follow|" + userId + "|" + p).toList();
        List<String> providers = providerIds.stream().map(p -> "provider|" + p).toList();
        Map<String, Document> byId = new HashMap<>();
        mongo.database().getCollection(COLLECTION).find(new Document("_id", new Document("$in",
                Stream.concat(ids.stream(), providers.stream()).toList()))).forEach(d -> byId.put(d.getString("_id"), d));
        return providerIds.stream().map(p -> {
            Document follow = byId.get("follow|" + userId + "|" + p);
            Document provider = byId.get("provider|" + p);
            long signals = number(provider, "entrySignals") - number(follow, "entrySignalsAtFollow");
            long filled = number(follow, "entriesFilled") - number(follow, "entriesFilledAtFollow");
            return new SinceFollowing(Math.max(0, signals), Math.max(0, filled));
        }).toList();
    }

    private void countOnce(String id, String countedId, Bson counts) {
        try {
            mongo.database().getCollection(COLLECTION).updateOne(countable(id, countedId), counting(counts, countedId), UPSERT);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e; // otherwise: counted already
            }
        }
    }

    /** The counter, unless it counted this one already (then the upsert finds its id taken: counted once). */
    private static Document countable(String id, String countedId) {
        return new Document("_id", id).append("counted", new Document("$ne", countedId));
    }

    private static Bson counting(Bson counts, String countedId) {
        return Updates.combine(counts, Updates.pushEach("counted", List.of(countedId), new PushOptions().slice(-COUNTED_KEPT)));
    }

    private static long number(Document d, String field) {
        return d != null && d.get(field) instanceof Number n ? n.longValue() : 0;
    }
}
