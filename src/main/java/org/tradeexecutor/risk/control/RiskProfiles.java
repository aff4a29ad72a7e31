package org.tradeexecutor.risk.control;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.MemberJoined;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.bson.Document;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.platform.control.LookupCache;
import org.tradeexecutor.platform.control.LookupCaches;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.CircuitBreaker;
import org.tradeexecutor.risk.entity.CircuitBreakerTripped;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.RiskProfile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each trader's risk profile (MODERATE until changed) and circuit breaker. Changes and resets are audited. */
@ApplicationScoped
public class RiskProfiles {

    @Inject
    RiskProfileRepository profiles;

    @Inject
    CircuitBreakerRepository breakers;

    @Inject
    SecurityAuditLog audit;

    @Inject
    MetricRegistry metrics;

    @Inject
    Event<CircuitBreakerTripped> tripped;

    @Inject
    MongoConnection mongo;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    @Inject
    LookupCaches lookups;

    /** Profiles by user id, kept between signals (a fan-out reads them for every follower); dropped where one is saved. */
    private LookupCache<RiskProfile> kept;

    @PostConstruct
    void keep() {
        kept = lookups.named("risk-profiles");
    }

    public RiskProfile of(String userId) {
        return kept.get(userId, id -> profiles.findById(id).orElseGet(() -> RiskPreset.MODERATE.forUser(id)));
    }

    /** Many traders' profiles, by user id (those not kept in one query); the MODERATE preset for those who never saved one. */
    public Map<String, RiskProfile> of(Collection<String> userIds) {
        return kept.getAll(userIds, missing -> {
            Map<String, RiskProfile> found = profiles.findByUserIdIn(missing).stream().collect(Collectors.toMap(RiskProfile::userId, p -> p, (a, b) -> a));
            return missing.stream().collect(Collectors.toMap(id -> id, id -> found.getOrDefault(id, RiskPreset.MODERATE.forUser(id))));
        });
    }

    /** Many traders' breaker states in one query, by user id (ACTIVE for those without a breaker document). */
    public Map<String, BreakerState> breakers(Collection<String> userIds) {
        Map<String, BreakerState> found = breakers.findByUserIdIn(userIds).stream()
                .collect(Collectors.toMap(CircuitBreaker::userId, CircuitBreaker::state, (a, b) -> a));
        return userIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> found.getOrDefault(id, BreakerState.ACTIVE)));
    }

    /**
     * A new member of a community starts from its default preset (PRODUCT C5) unless they saved a profile of their own
     * already (a profile is the trader's, across communities: one that joins a second community keeps theirs).
     */
    void startFromCommunityDefault(@Observes MemberJoined joined) {
        if (profiles.findById(joined.userId()).isEmpty()) {
            RiskPreset preset = memberships.community(joined.communityId()).map(Community::defaultRiskPreset).orElse(RiskPreset.MODERATE);
            profiles.save(preset.forUser(joined.userId()));
            kept.invalidate(joined.userId());
        }
    }

    /** Saves a valid profile; answers the problems and saves nothing otherwise. */
    public List<String> save(RiskProfile profile, AuditEvent.Actor by, AuditEvent.Origin origin) {
        List<String> problems = RiskProfileRules.problems(profile);
        if (problems.isEmpty()) {
            profiles.save(profile);
            kept.invalidate(profile.userId());
            audit.record(new AuditEvent("risk.profile_changed", AuditOutcome.SUCCESS, by, null, origin, "user " + profile.userId(), null));
        }
        return problems;
    }

    public BreakerState breaker(String userId) {
        return breakers.findById(userId).map(CircuitBreaker::state).orElse(BreakerState.ACTIVE);
    }

    /** The trader's breaker with the reason of its last trip; empty when it never tripped. */
    public Optional<CircuitBreaker> breakerOf(String userId) {
        return breakers.findById(userId);
    }

    /**
     * The drawdown limit was reached: only closing orders from now on. Tripped once: of fan-outs that see the limit
     * together (on any instance), one moves the breaker from ACTIVE to REDUCING and sets off the closing; the others
     * find it moved.
     */
    public void trip(String userId, String reason) {
        Instant now = clock.instant();
        Document reducing = new Document("state", BreakerState.REDUCING.name()).append("reason", reason).append("trippedAt", Date.from(now))
                .append("resetBy", null).append("resetAt", null);
        boolean won;
        try {
            breakerDocuments().insertOne(new Document("_id", userId).append("state", BreakerState.REDUCING.name()).append("reason", reason)
                    .append("trippedAt", Date.from(now)));
            won = true;
        } catch (MongoWriteException exists) {
            won = moveBreaker(userId, BreakerState.ACTIVE, reducing);
        }
        if (!won) {
            return;
        }
        metrics.counter("risk.circuit_breaker_trips").inc();
        audit.record(new AuditEvent("risk.circuit_breaker_tripped", AuditOutcome.SUCCESS, AuditEvent.Actor.ANONYMOUS, null,
                AuditEvent.Origin.INTERNAL, "user " + userId, reason));
        tripped.fire(new CircuitBreakerTripped(userId, now, reason));
    }

    /** The account is flat after a trip: nothing passes until an admin resets the breaker. */
    public void halt(String userId) {
        moveBreaker(userId, BreakerState.REDUCING, new Document("state", BreakerState.HALTED.name()));
    }

    /** An admin lets the trader trade again. */
    public boolean reset(String userId, AuditEvent.Actor admin, AuditEvent.Origin origin) {
        for (BreakerState from : List.of(BreakerState.HALTED, BreakerState.REDUCING)) {
            if (moveBreaker(userId, from, new Document("state", BreakerState.ACTIVE.name()).append("resetBy", admin.username())
                    .append("resetAt", Date.from(clock.instant())))) {
                audit.record(new AuditEvent("risk.circuit_breaker_reset", AuditOutcome.SUCCESS, admin, null, origin, "user " + userId,
                        "was " + from.name().toLowerCase(Locale.ROOT)));
                return true;
            }
        }
        return false;
    }

    /** One conditional write: the breaker moves only if it is still in {@code from}; false when someone moved it first. */
    private boolean moveBreaker(String userId, BreakerState from, Document changes) {
        return breakerDocuments().updateOne(new Document("_id", userId).append("state", from.name()), new Document("$set", changes))
                .getModifiedCount() == 1;
    }

    private MongoCollection<Document> breakerDocuments() {
        return mongo.database().getCollection("circuit_breakers");
    }
}
