package org.tradeexecutor.signals.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.ReviewCorrection;
import org.tradeexecutor.signals.entity.ReviewOutcome;
import org.tradeexecutor.signals.entity.ReviewState;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalRefusal;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * PRODUCT S6: NEEDS_REVIEW signals wait for a host, who approves (with corrections kept beside the parse) or
 * dismisses. The decision is one conditional write on the signal ("if still PENDING"), so two hosts, a double click
 * or a retry decide once and an approved signal is announced — and fans out — once; after a restart between the write
 * and the announcement the fan-out's recovery finds it (VALID, PARSED). The queue ({@value #QUEUE}, one small document
 * per waiting signal) gives the menu its count by community without reading the signals.
 */
@ApplicationScoped
public class SignalReviews {

    static final String QUEUE = "signal_reviews";
    private static final int MAX_LISTED = 200;

    @Inject
    MongoConnection mongo;

    @Inject
    SignalRepository signals;

    @Inject
    SignalAdmission admission;

    @Inject
    ProviderTemplates templates;

    @Inject
    Event<SignalAccepted> accepted;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Clock clock;

    /** After a signal was edited: it waits in the queue while its review is PENDING, and only then. */
    void queue(Signal signal) {
        if (signal.getReview() == ReviewState.PENDING) {
            queueNew(signal);
        } else {
            unqueue(signal.getId());
        }
    }

    /** After a new signal was stored: queued when it waits for a host (one never queued has nothing to take out, no write). */
    void queueNew(Signal signal) {
        if (signal.getReview() == ReviewState.PENDING) {
            queue().replaceOne(Filters.eq("_id", signal.getId()), new Document("_id", signal.getId()).append("communityId", signal.getCommunityId())
                    .append("receivedAt", Date.from(signal.getReceivedAt())), new ReplaceOptions().upsert(true));
        }
    }

    /** The community's signals waiting for a host, oldest first (still PENDING: a queue entry a stop left behind is skipped). */
    public List<Signal> waiting(String communityId) {
        List<Signal> waiting = new ArrayList<>();
        queue().find(Filters.eq("communityId", communityId)).sort(new Document("receivedAt", 1)).limit(MAX_LISTED)
                .forEach(entry -> signals.findById(entry.getString("_id")).filter(s -> s.getReview() == ReviewState.PENDING).ifPresent(waiting::add));
        return waiting;
    }

    /** How many of the community's signals wait for a host. */
    public long pending(String communityId) {
        return queue().countDocuments(Filters.eq("communityId", communityId));
    }

    /**
     * Approves a waiting signal with the host's corrections: the corrected parse must pass the rules every signal obeys
     * (a doubt the host has looked at no longer holds it back); the community's settings and plan still decide whether
     * it is taken. {@code asExample} teaches the provider's template from this message (the next ones of its shape are
     * read by it).
     */
    public ReviewOutcome approve(String communityId, String signalId, ReviewCorrection correction, boolean asExample, AuditEvent.Actor by,
                                 AuditEvent.Origin origin) {
        Optional<Signal> found = waiting(communityId, signalId);
        if (found.isEmpty()) {
            return decided(communityId, signalId);
        }
        Signal signal = found.get();
        ParsedSignal parsed = SignalIntake.parsedOf(signal);
        SignalDraft draft = ReviewedSignal.corrected(parsed, correction);
        if (draft.status == ParseStatus.REJECTED) {
            return new ReviewOutcome.Invalid(signalId, List.copyOf(draft.reasons));
        }
        ParsedSignal approved = draft.build();
        Optional<SignalRefusal> refusal = admission.refusal(communityId, approved);
        String approvedJson = SignalIntake.stored(approved);
        Date now = Date.from(clock.instant());
        Bson decision = Updates.combine(Updates.set("review", ReviewState.APPROVED.name()), Updates.set("approvedJson", approvedJson),
                Updates.set("parseStatus", ParseStatus.VALID.name()), Updates.set("kind", approved.kind() == null ? null : approved.kind().name()),
                Updates.set("symbol", approved.symbol()), Updates.set("reviewedBy", by.username()), Updates.set("reviewedAt", now),
                Updates.set("updatedAt", now),
                refusal.isPresent() ? Updates.combine(Updates.set("status", SignalStatus.REJECTED.name()),
                        Updates.set("refusal", refusal.get().code()), Updates.set("refusalReason", refusal.get().reason()))
                        : Updates.set("status", SignalStatus.PARSED.name()));
        if (!claim(signalId, decision)) {
            return decided(communityId, signalId);
        }
        unqueue(signalId);
        audit.record(new AuditEvent("signal.approved", AuditOutcome.SUCCESS, by, communityId, origin, "signal " + signalId,
                refusal.map(why -> "approved; not taken: " + why.reason()).orElse(asExample ? "approved; taught as the provider's example" : "approved"),
                signal.getParsedJson(), approvedJson));
        if (asExample) {
            templates.learn(signal.getProviderId(), signal.getRawText(), approved);
        }
        if (refusal.isEmpty()) {
            accepted.fire(signal.accepted(approved));
        }
        return new ReviewOutcome.Approved(signalId, refusal.isPresent() ? SignalStatus.REJECTED : SignalStatus.PARSED, approved);
    }

    /** Dismisses a waiting signal: REJECTED with the reason, never run. */
    public ReviewOutcome dismiss(String communityId, String signalId, AuditEvent.Actor by, AuditEvent.Origin origin) {
        if (waiting(communityId, signalId).isEmpty()) {
            return decided(communityId, signalId);
        }
        Date now = Date.from(clock.instant());
        Bson decision = Updates.combine(Updates.set("review", ReviewState.DISMISSED.name()), Updates.set("status", SignalStatus.REJECTED.name()),
                Updates.set("refusal", "dismissed"), Updates.set("refusalReason", "Dismissed on review by " + by.username() + "."),
                Updates.set("reviewedBy", by.username()), Updates.set("reviewedAt", now), Updates.set("updatedAt", now));
        if (!claim(signalId, decision)) {
            return decided(communityId, signalId);
        }
        unqueue(signalId);
        audit.record(new AuditEvent("signal.dismissed", AuditOutcome.SUCCESS, by, communityId, origin, "signal " + signalId, "dismissed"));
        return new ReviewOutcome.Dismissed(signalId);
    }

    /** The one write that decides: only while the review is still PENDING. */
    private boolean claim(String signalId, Bson decision) {
        return signalsCollection().updateOne(Filters.and(Filters.eq("_id", signalId), Filters.eq("review", ReviewState.PENDING.name())), decision)
                .getModifiedCount() == 1;
    }

    private Optional<Signal> waiting(String communityId, String signalId) {
        return signals.findById(signalId).filter(s -> s.getCommunityId().equals(communityId) && s.getReview() == ReviewState.PENDING);
    }

    private ReviewOutcome decided(String communityId, String signalId) {
        Optional<Signal> signal = signals.findById(signalId).filter(s -> s.getCommunityId().equals(communityId));
        if (signal.isPresent() && signal.get().getReview() != null && signal.get().getReview() != ReviewState.PENDING) {
            unqueue(signalId); // a queue entry left by a stop between the decision and its removal
            return new ReviewOutcome.AlreadyReviewed(signalId, signal.get().getReview());
        }
        return new ReviewOutcome.NotFound(signalId);
    }

    private void unqueue(String signalId) {
        queue().deleteOne(Filters.eq("_id", signalId));
    }

    private MongoCollection<Document> queue() {
        return mongo.database().getCollection(QUEUE);
    }

    private MongoCollection<Document> signalsCollection() {
        return mongo.database().getCollection("signals");
    }
}
