package org.tradeexecutor.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.billing.entity.BillingSubscription;
import org.tradeexecutor.billing.entity.CommunityPlan;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.control.SignalAllowance;

import java.util.List;
import java.util.Optional;

/** A community's plan with its usage and billing state, for the plan page and {@code GET /api/community/plan}. */
@ApplicationScoped
public class CommunityPlans {

    @Inject
    Memberships memberships;

    @Inject
    SignalAllowance allowance;

    @Inject
    Providers providers;

    @Inject
    BillingSubscriptions subscriptions;

    public Optional<CommunityPlan> of(String communityId) {
        return memberships.community(communityId).map(this::plan);
    }

    private CommunityPlan plan(Community community) {
        Plan plan = community.plan();
        BillingSubscription subscription = subscriptions.of(community.getId());
        return new CommunityPlan(community.getId(), plan.name(), List.of(
                usage("members", memberships.count(community.getId()), plan.maxMembers()),
                usage("providers", providers.count(community.getId()), plan.maxProviders()),
                usage("signalsToday", allowance.today(community.getId()), plan.maxSignalsPerDay())),
                new CommunityPlan.Billing(subscription.getStatus(), subscription.getCurrentPeriodEnd(), subscription.isCancelAtPeriodEnd(),
                        subscription.getPolarSubscriptionId()));
    }

    private static CommunityPlan.Usage usage(String name, long used, int limit) {
        return new CommunityPlan.Usage(name, used, Plan.unlimited(limit) ? null : limit);
    }
}
