package org.tradeexecutor.analytics.control;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.analytics.entity.EquityPoint;
import org.tradeexecutor.analytics.entity.Leaderboard;
import org.tradeexecutor.analytics.entity.LeaderboardSort;
import org.tradeexecutor.analytics.entity.ProviderTrackRecord;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.risk.control.ProviderRecordLookup;
import org.tradeexecutor.risk.entity.ProviderRecord;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.subscriptions.entity.ProviderFollowed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Providers' records (PRODUCT P4), the community's leaderboard, and the record Kelly sizing reads (X2), all from the
 * providers' ledgers. Follower counts come from one count of the community's subscriptions, at most
 * {@value #FOLLOWERS_FRESH_SECONDS} s old.
 */
@ApplicationScoped
public class ProviderRecords implements ProviderRecordLookup {

    static final long FOLLOWERS_FRESH_SECONDS = 30;

    @Inject
    TradeLedgers ledgers;

    @Inject
    Providers providers;

    @Inject
    FollowCounters counters;

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    private record Followers(Instant countedAt, Map<String, Long> byProvider) {
    }

    private final Map<String, Followers> followers = new ConcurrentHashMap<>();

    /** The provider's record, if it is a provider of that community. */
    public Optional<ProviderTrackRecord> record(String communityId, String providerId) {
        return providers.find(communityId, providerId).map(p -> record(p, followersOf(communityId)));
    }

    /** The provider's cumulative pnlPercent per day with closed trades. */
    public List<EquityPoint> equityCurve(String providerId) {
        TradeLedger ledger = ledgers.ofProvider(providerId);
        return ledger.derived("equityCurve", () -> {
            List<EquityPoint> points = new ArrayList<>();
            BigDecimal cumulative = BigDecimal.ZERO;
            LocalDate day = null;
            int trades = 0;
            for (int i = 0; i < ledger.size(); i++) {
                LocalDate closed = LocalDate.ofInstant(Instant.ofEpochMilli(ledger.closedAt(i)), ZoneOffset.UTC);
                if (day != null && !closed.equals(day)) {
                    points.add(new EquityPoint(day, TradeStatistics.round(cumulative), trades));
                    trades = 0;
                }
                day = closed;
                cumulative = cumulative.add(ledger.pnlPercent(i));
                trades++;
            }
            if (day != null) {
                points.add(new EquityPoint(day, TradeStatistics.round(cumulative), trades));
            }
            return List.copyOf(points);
        });
    }

    public Leaderboard leaderboard(String communityId, LeaderboardSort sort, int minTrades) {
        Map<String, Long> counted = followersOf(communityId);
        List<ProviderTrackRecord> records = providers.of(communityId).stream().map(p -> record(p, counted)).toList();
        return new Leaderboard(sort.label(), minTrades,
                records.stream().filter(r -> r.trades() >= minTrades).sorted(sort.bestFirst()).toList(),
                records.stream().filter(r -> r.trades() < minTrades).sorted(Comparator.comparing(ProviderTrackRecord::trades).reversed()
                        .thenComparing(ProviderTrackRecord::name)).toList());
    }

    /** For Kelly: trades, win rate and the average win and loss in percent. */
    @Override
    public ProviderRecord of(String providerId) {
        TradeStatistics s = statistics(ledgers.ofProvider(providerId)).statistics();
        return new ProviderRecord(s.trades(), orZero(s.winRate()), orZero(s.averageWin()), orZero(s.averageLoss()));
    }

    private ProviderTrackRecord record(Provider provider, Map<String, Long> followerCounts) {
        Computed c = statistics(ledgers.ofProvider(provider.getId()));
        TradeStatistics s = c.statistics();
        return new ProviderTrackRecord(provider.getId(), provider.getName(), provider.getCreatedAt(), counters.provider(provider.getId()).signals(),
                followerCounts.getOrDefault(provider.getId(), 0L), s.trades(), s.wins(), s.losses(), s.winRate(), s.averageWin(), s.averageLoss(),
                s.profitFactor(), s.expectancy(), s.expectancyRatio(), s.maxDrawdown(), c.sharpe(), c.sortino(), c.averageHoldSeconds(),
                s.best(), s.worst());
    }

    private record Computed(TradeStatistics statistics, BigDecimal sharpe, BigDecimal sortino, Long averageHoldSeconds) {
    }

    /** Once per ledger: on pnlPercent in closing order; the period runs from the first opening to the last closing. */
    private static Computed statistics(TradeLedger ledger) {
        return ledger.derived("providerRecord", () -> {
            int n = ledger.size();
            List<TradeStatistics.Outcome> outcomes = new ArrayList<>(n);
            double[] returns = new double[n];
            List<Double> losing = new ArrayList<>();
            long hold = 0;
            long firstOpen = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                outcomes.add(new TradeStatistics.Outcome(ledger.outcome(i), ledger.pnlPercent(i)));
                returns[i] = ledger.pnlPercent(i).doubleValue() / 100;
                if (ledger.outcome(i) < 0) {
                    losing.add(returns[i]);
                }
                hold += ledger.holdSeconds(i);
                firstOpen = Math.min(firstOpen, ledger.openedAt(i));
            }
            long days = n == 0 ? 0 : Duration.ofMillis(ledger.closedAt(n - 1) - firstOpen).toDays();
            double[] losses = losing.stream().mapToDouble(Double::doubleValue).toArray();
            return new Computed(TradeStatistics.of(outcomes), TradeStatistics.sharpe(returns, days), TradeStatistics.sortino(returns, losses, days),
                    n == 0 ? null : Math.round((double) hold / n));
        });
    }

    /** A follow counts at once on this instance (other instances within the freshness). */
    void onFollowed(@Observes ProviderFollowed followed) {
        followers.remove(followed.communityId());
    }

    private Map<String, Long> followersOf(String communityId) {
        Followers known = followers.get(communityId);
        if (known != null && known.countedAt().plusSeconds(FOLLOWERS_FRESH_SECONDS).isAfter(clock.instant())) {
            return known.byProvider();
        }
        Map<String, Long> counts = new HashMap<>();
        mongo.database().getCollection("subscriptions").aggregate(List.of(
                Aggregates.match(Filters.and(Filters.eq("communityId", communityId), Filters.eq("active", true))),
                Aggregates.group("$providerId", Accumulators.sum("n", 1)))).forEach((Document d) -> counts.put(d.getString("_id"), ((Number) d.get("n")).longValue()));
        followers.put(communityId, new Followers(clock.instant(), Map.copyOf(counts)));
        return counts;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
