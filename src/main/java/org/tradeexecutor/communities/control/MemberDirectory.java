package org.tradeexecutor.communities.control;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.analytics.control.TradeLedger;
import org.tradeexecutor.analytics.control.TradeLedgers;
import org.tradeexecutor.communities.entity.MemberQuery;
import org.tradeexecutor.communities.entity.MemberRow;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The host's member list (PRODUCT C1): the community's memberships with each member's name, how many of the
 * community's providers they follow and, for the page shown, what they realised from those providers in the last
 * 30 days (from their ledger, so another community's trades never show). A community's memberships, its members'
 * names and its follows are three reads, whatever the page.
 */
@ApplicationScoped
public class MemberDirectory {

    static final Duration REALISED_WINDOW = Duration.ofDays(30);

    @Inject
    MembershipRepository memberships;

    @Inject
    MongoConnection mongo;

    @Inject
    TradeLedgers ledgers;

    @Inject
    Providers providers;

    @Inject
    Clock clock;

    /** One page of members and how many match in all. */
    public record Page(long total, List<MemberRow> members) {
    }

    public Page list(String communityId, MemberQuery query) {
        List<Membership> all = memberships.findByCommunityId(communityId);
        Map<String, Document> names = names(all.stream().map(Membership::getUserId).toList());
        Map<String, Long> follows = follows(communityId);
        Comparator<MemberRow> order = query.descending() ? query.sort().order().reversed() : query.sort().order();
        List<MemberRow> matching = all.stream()
                .map(m -> row(m, names.get(m.getUserId()), follows.getOrDefault(m.getUserId(), 0L)))
                .filter(query::matches)
                .sorted(order)
                .toList();
        Set<String> own = providers.of(communityId).stream().map(Provider::getId).collect(Collectors.toSet());
        Instant since = clock.instant().minus(REALISED_WINDOW);
        List<MemberRow> page = matching.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(r -> r.withRealised30d(realised(r.userId(), own, since)))
                .toList();
        return new Page(matching.size(), page);
    }

    private static MemberRow row(Membership m, Document user, long followed) {
        return new MemberRow(m.getUserId(), user == null ? "(removed account)" : user.getString("username"),
                user == null ? null : user.getString("displayName"), m.getRole(), m.getStatus(), m.getStatusReason(), m.getJoinedAt(), m.getLastActiveAt(), followed, null);
    }

    /** The members' accounts by id: username and display name only. */
    private Map<String, Document> names(List<String> userIds) {
        Map<String, Document> byId = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += 500) {
            mongo.database().getCollection("users").find(new Document("_id", new Document("$in", userIds.subList(from, Math.min(userIds.size(), from + 500)))))
                    .projection(Projections.include("username", "displayName"))
                    .forEach(d -> byId.put(d.getString("_id"), d));
        }
        return byId;
    }

    /** Active follows of the community's providers, per member. */
    private Map<String, Long> follows(String communityId) {
        Map<String, Long> counts = new HashMap<>();
        mongo.database().getCollection("subscriptions").aggregate(List.of(
                Aggregates.match(Filters.and(Filters.eq("communityId", communityId), Filters.eq("active", true))),
                Aggregates.group("$userId", Accumulators.sum("n", 1))))
                .forEach((Document d) -> counts.put(d.getString("_id"), ((Number) d.get("n")).longValue()));
        return counts;
    }

    /** What the member realised from the community's providers on trades closed since then. */
    private BigDecimal realised(String userId, Set<String> communityProviders, Instant since) {
        TradeLedger ledger = ledgers.ofUser(userId);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = ledger.firstClosedFrom(since.toEpochMilli()); i < ledger.size(); i++) {
            if (communityProviders.contains(ledger.providerId(i))) {
                sum = sum.add(ledger.pnl(i));
            }
        }
        return sum;
    }
}
