package org.tradeexecutor.billing.control;

import org.tradeexecutor.billing.entity.BillingStatus;
import org.tradeexecutor.billing.entity.SubscriptionEvent;
import org.tradeexecutor.communities.entity.Plan;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one Polar subscription event means for the community (PRODUCT C6), as a pure rule: created / active /
 * uncanceled put it on the product's plan; canceled keeps the plan to the period's end; past_due keeps it while Polar
 * retries; revoked goes back to FREE; updated (Polar's catch-all) follows the subscription's status.
 */
public final class SubscriptionStates {

    /** @param status the subscription's standing after the event  @param plan the community's plan after it */
    public record After(BillingStatus status, Plan plan) {
    }

    private SubscriptionStates() {
    }

    /** @return empty for an event type that says nothing of the plan (it is acknowledged and ignored) */
    public static Optional<After> after(SubscriptionEvent event, Plan productPlan, Plan current, Instant now) {
        return Optional.ofNullable(switch (event.type()) {
            case "subscription.created" -> byStatus(event, productPlan, current, now);
            case "subscription.active", "subscription.uncanceled" -> new After(BillingStatus.ACTIVE, productPlan);
            case "subscription.canceled" -> new After(BillingStatus.CANCELED, stillPaid(event, now) ? productPlan : Plan.FREE);
            case "subscription.past_due" -> new After(BillingStatus.PAST_DUE, productPlan);
            case "subscription.revoked" -> new After(BillingStatus.REVOKED, Plan.FREE);
            case "subscription.updated" -> byStatus(event, productPlan, current, now);
            default -> null;
        });
    }

    /** The event types that change a community's plan or billing state; Polar's others are acknowledged and ignored. */
    public static final Set<String> TYPES = Set.of("subscription.created", "subscription.active", "subscription.updated", "subscription.canceled",
            "subscription.uncanceled", "subscription.past_due", "subscription.revoked");

    private static After byStatus(SubscriptionEvent event, Plan productPlan, Plan current, Instant now) {
        String status = event.status() == null ? "" : event.status().toLowerCase(Locale.ROOT);
        return switch (status) {
            case "active" -> event.cancelAtPeriodEnd() ? new After(BillingStatus.CANCELED, productPlan) : new After(BillingStatus.ACTIVE, productPlan);
            case "trialing" -> new After(BillingStatus.TRIALING, productPlan);
            case "past_due" -> new After(BillingStatus.PAST_DUE, productPlan);
            case "canceled" -> stillPaid(event, now) ? new After(BillingStatus.CANCELED, productPlan) : new After(BillingStatus.REVOKED, Plan.FREE);
            case "incomplete" -> new After(BillingStatus.INCOMPLETE, current);
            default -> new After(BillingStatus.REVOKED, Plan.FREE); // unpaid, incomplete_expired: nothing is paid for
        };
    }

    private static boolean stillPaid(SubscriptionEvent event, Instant now) {
        return event.currentPeriodEnd() != null && event.currentPeriodEnd().isAfter(now);
    }
}
