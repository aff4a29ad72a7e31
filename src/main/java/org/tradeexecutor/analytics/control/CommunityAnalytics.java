package org.tradeexecutor.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.access.control.UserDirectory;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.analytics.entity.ChartBucket;
import org.tradeexecutor.analytics.entity.CommunityRange;
import org.tradeexecutor.analytics.entity.CommunityReport;
import org.tradeexecutor.analytics.entity.CommunityReport.Figures;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.control.SignalAllowance;
import org.tradeexecutor.signals.entity.Provider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A community's results over a range (PRODUCT P6), summed from its rollups — days of trades split by provider and
 * asset class, months of traders, days of signals — read by id range: two years are 730 small documents, never the
 * trades themselves.
 */
@ApplicationScoped
public class CommunityAnalytics {

    static final int TOP_TRADERS = 10;

    @Inject
    CommunityRollups rollups;

    @Inject
    SignalAllowance signals;

    @Inject
    Providers providers;

    @Inject
    Memberships memberships;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    /** The report for a request's parameters ({@link CommunityRange}: refused by name when one cannot be used). */
    public CommunityReport report(String communityId, String from, String to, String groupBy) {
        return report(communityId, CommunityRange.of(from, to, groupBy, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }

    /** The report; top traders only when the community's settings rank them. */
    public CommunityReport report(String communityId, CommunityRange range) {
        boolean rankTraders = memberships.community(communityId).map(Community::isRankTraders).orElse(false);
        LocalDate from = range.from();
        LocalDate to = range.to();
        ChartBucket groupBy = range.groupBy();
        List<Document> days = rollups.days(communityId, from, to);
        Map<LocalDate, Long> signalDays = signals.days(communityId, from, to);
        Map<LocalDate, Totals> buckets = new TreeMap<>();
        for (LocalDate start = groupBy.startOf(from); !start.isAfter(to); start = groupBy.next(start)) {
            buckets.put(start, new Totals());
        }
        Totals all = new Totals();
        Map<String, Totals> byProvider = new HashMap<>();
        Map<String, Totals> byClass = new HashMap<>();
        for (Document day : days) {
            Totals bucket = buckets.get(groupBy.startOf(CommunityRollups.dayOf(day)));
            bucket.add(day);
            all.add(day);
            addParts(day, "providers", byProvider);
            addParts(day, "classes", byClass);
        }
        signalDays.forEach((day, count) -> {
            buckets.get(groupBy.startOf(day)).signals += count;
            all.signals += count;
        });
        Map<String, String> providerNames = providers.of(communityId).stream().collect(Collectors.toMap(Provider::getId, Provider::getName, (a, b) -> a));
        return new CommunityReport(from, to, groupBy.label(), all.figures(),
                buckets.entrySet().stream().map(b -> new CommunityReport.Bucket(b.getKey(), b.getValue().figures())).toList(),
                slices(byProvider, id -> providerNames.getOrDefault(id, "(removed provider)")),
                slices(byClass, name -> name.charAt(0) + name.substring(1).toLowerCase()),
                rankTraders ? topTraders(communityId, from, to) : List.of());
    }

    /** The best traders by P&L over the months the range touches, among members who allow it. */
    private List<CommunityReport.Slice> topTraders(String communityId, LocalDate from, LocalDate to) {
        Map<String, Totals> byTrader = new HashMap<>();
        rollups.traderMonths(communityId, from, to).forEach(month -> addParts(month, "traders", byTrader));
        Map<String, Membership> shown = memberships.find(communityId, byTrader.keySet());
        byTrader.keySet().removeIf(userId -> !shown.containsKey(userId) || !shown.get(userId).isShowInRankings());
        List<String> best = byTrader.entrySet().stream().sorted(Map.Entry.<String, Totals>comparingByValue(Comparator.comparing(t -> t.pnl)).reversed())
                .limit(TOP_TRADERS).map(Map.Entry::getKey).toList();
        Map<String, UserStanding> names = users.standings(best);
        return best.stream().map(userId -> new CommunityReport.Slice(userId, names.containsKey(userId) ? names.get(userId).username() : userId,
                byTrader.get(userId).figures())).toList();
    }

    private static void addParts(Document rollup, String field, Map<String, Totals> into) {
        if (rollup.get(field) instanceof Document parts) {
            parts.forEach((id, totals) -> into.computeIfAbsent(id, k -> new Totals()).add((Document) totals));
        }
    }

    private static List<CommunityReport.Slice> slices(Map<String, Totals> parts, Function<String, String> name) {
        return parts.entrySet().stream().sorted(Map.Entry.<String, Totals>comparingByValue(Comparator.comparing(t -> t.pnl)).reversed())
                .map(p -> new CommunityReport.Slice(p.getKey(), name.apply(p.getKey()), p.getValue().figures())).toList();
    }

    /** Sums as they are read. */
    private static final class Totals {
        long trades;
        long wins;
        BigDecimal pnl = BigDecimal.ZERO;
        long signals;

        void add(Document counted) {
            trades += counted.getInteger("trades", 0);
            wins += counted.getInteger("wins", 0);
            pnl = pnl.add(DailyRollups.decimal(counted, "pnl"));
        }

        Figures figures() {
            return new Figures(trades, wins, trades == 0 ? null : BigDecimal.valueOf(wins).divide(BigDecimal.valueOf(trades), 4, RoundingMode.HALF_UP),
                    pnl.setScale(2, RoundingMode.HALF_UP), signals);
        }
    }
}
