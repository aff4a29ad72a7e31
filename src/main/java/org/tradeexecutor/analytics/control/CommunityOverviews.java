package org.tradeexecutor.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.analytics.entity.CommunityOverview;
import org.tradeexecutor.analytics.entity.CommunityOverview.GrowthPoint;
import org.tradeexecutor.analytics.entity.CommunityOverview.HealthInput;
import org.tradeexecutor.analytics.entity.Leaderboard;
import org.tradeexecutor.analytics.entity.LeaderboardSort;
import org.tradeexecutor.analytics.entity.ProviderTrackRecord;
import org.tradeexecutor.communities.control.MemberActivity;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.MemberDay;
import org.tradeexecutor.communities.entity.RoleCount;
import org.tradeexecutor.signals.control.SignalAllowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The community overview (PRODUCT P5) from rollups read by id range — the members' days, the signals' days, the
 * trades' days — and the providers' records; the health score as docs/ANALYTICS.md defines it. Periods are UTC.
 */
@ApplicationScoped
public class CommunityOverviews {

    static final int GROWTH_DAYS = 90;
    static final int TOP_PROVIDERS = 5;
    static final int RANKED_FROM_TRADES = 20;

    @Inject
    Memberships memberships;

    @Inject
    MemberActivity activity;

    @Inject
    SignalAllowance signals;

    @Inject
    CommunityRollups rollups;

    @Inject
    ProviderRecords providerRecords;

    @Inject
    Clock clock;

    public Optional<CommunityOverview> of(String communityId) {
        return memberships.community(communityId).map(this::overview);
    }

    private CommunityOverview overview(Community community) {
        String id = community.getId();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate month = today.withDayOfMonth(1);
        LocalDate lastMonth = today.minusDays(29);

        List<RoleCount> roles = memberships.countsByRole(id);
        long total = roles.stream().mapToLong(RoleCount::members).sum();
        List<MemberDay> memberDays = activity.days(id, today.minusDays(GROWTH_DAYS - 1L), today);
        List<GrowthPoint> growth = growth(memberDays, total, today);
        long activeToday = memberDays.stream().filter(d -> d.day().equals(today)).mapToLong(d -> d.active().size()).sum();
        long activeThisWeek = memberDays.stream().filter(d -> !d.day().isBefore(week)).flatMap(d -> d.active().stream()).distinct().count();
        long newThisMonth = memberDays.stream().filter(d -> !d.day().isBefore(month)).mapToLong(MemberDay::joined).sum();

        Map<LocalDate, Long> signalDays = signals.days(id, earliest(month, today.minusDays(6)), today);
        List<Document> tradeDays = rollups.days(id, earliest(month, week, lastMonth), today);

        long signalsLastWeek = sum(signalDays, today.minusDays(6));
        long membersMonthAgo = growth.get(growth.size() - 30).members();
        long trades30 = tradeDays.stream().filter(d -> !CommunityRollups.dayOf(d).isBefore(lastMonth)).mapToLong(d -> d.getInteger("trades", 0)).sum();
        long wins30 = tradeDays.stream().filter(d -> !CommunityRollups.dayOf(d).isBefore(lastMonth)).mapToLong(d -> d.getInteger("wins", 0)).sum();
        List<HealthInput> health = health(total, activeThisWeek, signalsLastWeek, total - membersMonthAgo, membersMonthAgo, trades30, wins30);

        return new CommunityOverview(id, community.getName(), community.getPlan(), total, roles, activeToday, activeThisWeek, newThisMonth, growth,
                sum(signalDays, today), sum(signalDays, week), sum(signalDays, month), topProviders(id),
                new CommunityOverview.PeriodPnl(pnl(tradeDays, today), pnl(tradeDays, week), pnl(tradeDays, month)),
                (int) Math.round(health.stream().mapToDouble(h -> h.score().doubleValue() * h.weight()).sum()), health);
    }

    /** Members at the end of each day, counted back from today's total through each day's joins and removals. */
    static List<GrowthPoint> growth(List<MemberDay> days, long total, LocalDate today) {
        Map<LocalDate, MemberDay> byDay = days.stream().collect(Collectors.toMap(MemberDay::day, d -> d));
        List<GrowthPoint> points = new ArrayList<>();
        long members = total;
        for (LocalDate day = today; points.size() < GROWTH_DAYS; day = day.minusDays(1)) {
            points.add(0, new GrowthPoint(day, members));
            MemberDay changes = byDay.get(day);
            if (changes != null) {
                members = members - changes.joined() + changes.left();
            }
        }
        return points;
    }

    /**
     * The four inputs of the health score (docs/ANALYTICS.md): engagement 40 points, signal flow 20, growth 20,
     * results 20.
     */
    static List<HealthInput> health(long members, long activeThisWeek, long signalsLastWeek, long netJoinedIn30Days, long membersMonthAgo,
                                    long trades30, long wins30) {
        BigDecimal engagement = ratio(activeThisWeek, members);
        BigDecimal growth = ratio(netJoinedIn30Days, Math.max(membersMonthAgo, 1));
        BigDecimal results = trades30 == 0 ? null : ratio(wins30, trades30);
        return List.of(
                new HealthInput("engagement", engagement, clamp(engagement), 40, activeThisWeek + " of " + members + " members active this week"),
                new HealthInput("signalFlow", BigDecimal.valueOf(signalsLastWeek), clamp(BigDecimal.valueOf(signalsLastWeek).divide(BigDecimal.valueOf(7), 4,
                        RoundingMode.HALF_UP)), 20, signalsLastWeek + " signals in the last 7 days (one a day scores full)"),
                new HealthInput("growth", growth, clamp(new BigDecimal("0.5").add(growth.multiply(BigDecimal.valueOf(5)))), 20,
                        (netJoinedIn30Days >= 0 ? "+" : "") + netJoinedIn30Days + " members in 30 days (flat scores half, +10 % full)"),
                new HealthInput("results", results, results == null ? new BigDecimal("0.5") : clamp(results), 20,
                        trades30 == 0 ? "no closed trades in 30 days (scores half)" : wins30 + " of " + trades30 + " trades won in 30 days"));
    }

    private List<ProviderTrackRecord> topProviders(String communityId) {
        Leaderboard board = providerRecords.leaderboard(communityId, LeaderboardSort.PROFIT_FACTOR, RANKED_FROM_TRADES);
        return Stream.concat(board.ranked().stream(), board.notEnoughTrades().stream()).limit(TOP_PROVIDERS).toList();
    }

    private static BigDecimal pnl(List<Document> days, LocalDate since) {
        return days.stream().filter(d -> !CommunityRollups.dayOf(d).isBefore(since)).map(d -> DailyRollups.decimal(d, "pnl"))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static long sum(Map<LocalDate, Long> days, LocalDate since) {
        return days.entrySet().stream().filter(e -> !e.getKey().isBefore(since)).mapToLong(Map.Entry::getValue).sum();
    }

    private static LocalDate earliest(LocalDate... days) {
        return Stream.of(days).min(LocalDate::compareTo).orElseThrow();
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
