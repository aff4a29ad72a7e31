package org.tradeexecutor.billing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.billing.control.BillingSubscriptions;
import org.tradeexecutor.billing.control.CommunityPlans;
import org.tradeexecutor.billing.entity.CommunityPlan;
import org.tradeexecutor.communities.entity.Plan;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/community/plan.xhtml (PRODUCT C6): the plan, usage against every limit, renewal and
 * billing state, from the same place as {@code GET /api/community/plan}; a platform admin may set the plan by hand.
 */
@Named
@ViewScoped
public class CommunityPlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final Map<String, String> LIMIT_NAMES = Map.of("members", "Members", "providers", "Signal providers", "signalsToday",
            "Signals today (UTC)");

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityPlans plans;

    @Inject
    BillingSubscriptions subscriptions;

    private CommunityPlan plan;
    private String newPlan;
    private String reason;

    @PostConstruct
    void load() {
        plan = plans.of(communityId()).orElse(null);
        newPlan = plan == null ? null : plan.plan();
    }

    /** A platform admin's change by hand (audited); the subscription at Polar is not touched. */
    public void setByHand() {
        SignedInUser admin = currentUser.requirePlatformAdmin();
        if (reason == null || reason.isBlank()) {
            error("Say why the plan is set by hand: it is kept in the audit log.");
            return;
        }
        subscriptions.setByHand(communityId(), Plan.valueOf(newPlan), reason.strip(), admin.actor(), RequestOrigins.of(request));
        reason = null;
        load();
        info("The community is on the " + Plan.valueOf(newPlan).label() + " plan now.");
    }

    public String label(CommunityPlan.Usage usage) {
        return LIMIT_NAMES.getOrDefault(usage.name(), usage.name());
    }

    public String limitText(CommunityPlan.Usage usage) {
        return usage.limit() == null ? "unlimited" : String.format("%,d", usage.limit());
    }

    /** 0–100 for the bar; 0 when unlimited. */
    public int percent(CommunityPlan.Usage usage) {
        return usage.limit() == null || usage.limit() == 0 ? 0 : (int) Math.min(100, usage.used() * 100 / usage.limit());
    }

    public String planLabel() {
        return plan == null ? "" : Plan.valueOf(plan.plan()).label();
    }

    /** The billing state in words, with the date it turns on. */
    public String billingText() {
        CommunityPlan.Billing billing = plan.billing();
        String until = billing.renewsAt() == null ? "" : DAY.format(billing.renewsAt().atZone(ZoneId.of("UTC")));
        return switch (billing.status()) {
            case NONE -> "No paid subscription.";
            case INCOMPLETE -> "The checkout is not complete yet.";
            case TRIALING -> "Trial, ends " + until + ".";
            case ACTIVE -> "Active, renews " + until + ".";
            case PAST_DUE -> "Payment failed: Polar is retrying. The plan stays while it does; update the payment method.";
            case CANCELED -> "Canceled: the plan ends " + until + ", then the community is on Free.";
            case REVOKED -> "Ended: the community is on Free.";
        };
    }

    public boolean isAttention() {
        return plan != null && BillingSubscriptions.needsAttention(plan.billing().status());
    }

    public boolean isPlatformAdmin() {
        return currentUser.require().user().isPlatformAdmin();
    }

    private String communityId() {
        return currentUser.requireHost().activeCommunityId().orElseThrow();
    }

    public List<String> getPlanChoices() { return Arrays.stream(Plan.values()).map(Enum::name).toList(); }
    public CommunityPlan getPlan() { return plan; }
    public String getNewPlan() { return newPlan; }
    public void setNewPlan(String newPlan) { this.newPlan = newPlan; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
