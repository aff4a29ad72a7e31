package org.tradeexecutor.analytics.entity;

import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.communities.entity.RoleCount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The host's first look at a community (PRODUCT P5). Periods are UTC: today, the week from Monday, the month.
 *
 * @param communityId     the community
 * @param name            its name
 * @param plan            its plan
 * @param totalMembers    all members
 * @param roles           members per role, every role listed
 * @param activeToday     members who used the app today
 * @param activeThisWeek  members who used it this week
 * @param newThisMonth    members who joined this month
 * @param growth          members at the end of each of the last 90 days, today last
 * @param signalsToday    signals taken today (as the plan counts them)
 * @param signalsThisWeek and this week
 * @param signalsThisMonth and this month
 * @param topProviders    the best five providers by their record (the leaderboard's order)
 * @param pnl             the members' realised P&L per period
 * @param healthScore     0–100, docs/ANALYTICS.md
 * @param healthInputs    what the score is made of, each with its value and weight
 */
public record CommunityOverview(String communityId, String name, String plan, long totalMembers, List<RoleCount> roles, long activeToday,
                                long activeThisWeek, long newThisMonth, List<GrowthPoint> growth, long signalsToday, long signalsThisWeek,
                                long signalsThisMonth, List<ProviderTrackRecord> topProviders, PeriodPnl pnl, int healthScore,
                                List<HealthInput> healthInputs) {

    /** "FREE" reads "Free". */
    public String planLabel() {
        return Plan.of(plan).label();
    }

    /** @param day the day  @param members members at its end */
    public record GrowthPoint(LocalDate day, long members) {
    }

    /** @param today since 00:00 UTC  @param week since Monday  @param month since the 1st */
    public record PeriodPnl(BigDecimal today, BigDecimal week, BigDecimal month) {
    }

    /**
     * @param name   engagement, signalFlow, growth or results
     * @param value  the measured value (a fraction, or a count for signalFlow)
     * @param score  the value scored 0–1
     * @param weight its share of the health score, in points
     * @param basis  the value in words
     */
    public record HealthInput(String name, BigDecimal value, BigDecimal score, int weight, String basis) {
    }
}
