package org.tradeexecutor.billing.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.billing.entity.BillingStatus;
import org.tradeexecutor.billing.entity.SubscriptionEvent;
import org.tradeexecutor.communities.entity.Plan;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What each of Polar's subscription events does to a community's plan. */
class SubscriptionStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2026-12-31T00:00:00Z");

    private static SubscriptionStates.After after(String type, String status, boolean cancelAtPeriodEnd, Instant periodEnd) {
        return SubscriptionStates.after(new SubscriptionEvent(type, NOW, "sub", status, "prod", "cus", periodEnd, cancelAtPeriodEnd, "c"),
                Plan.PROFESSIONAL, Plan.FREE, NOW).orElseThrow();
    }

    @Test
    void eachEventTypeLeadsToItsState() {
        assertEquals(new SubscriptionStates.After(BillingStatus.ACTIVE, Plan.PROFESSIONAL), after("subscription.created", "active", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.INCOMPLETE, Plan.FREE), after("subscription.created", "incomplete", false, null),
                "not paid yet: the plan it had");
        assertEquals(new SubscriptionStates.After(BillingStatus.ACTIVE, Plan.PROFESSIONAL), after("subscription.active", "active", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.CANCELED, Plan.PROFESSIONAL), after("subscription.canceled", "active", true, PERIOD_END),
                "kept to the end of the paid period");
        assertEquals(new SubscriptionStates.After(BillingStatus.CANCELED, Plan.FREE), after("subscription.canceled", "canceled", false, NOW.minusSeconds(1)),
                "canceled at once");
        assertEquals(new SubscriptionStates.After(BillingStatus.ACTIVE, Plan.PROFESSIONAL), after("subscription.uncanceled", "active", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.PAST_DUE, Plan.PROFESSIONAL), after("subscription.past_due", "past_due", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.REVOKED, Plan.FREE), after("subscription.revoked", "canceled", false, PERIOD_END));
    }

    @Test
    void updatedFollowsTheSubscriptionsStatus() {
        assertEquals(BillingStatus.CANCELED, after("subscription.updated", "active", true, PERIOD_END).status());
        assertEquals(new SubscriptionStates.After(BillingStatus.TRIALING, Plan.PROFESSIONAL), after("subscription.updated", "trialing", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.REVOKED, Plan.FREE), after("subscription.updated", "unpaid", false, PERIOD_END));
        assertEquals(new SubscriptionStates.After(BillingStatus.REVOKED, Plan.FREE), after("subscription.updated", "canceled", false, NOW.minusSeconds(60)));
        assertEquals(Optional.empty(), SubscriptionStates.after(new SubscriptionEvent("order.created", NOW, "sub", "paid", "prod", "cus", null, false, "c"),
                Plan.PROFESSIONAL, Plan.FREE, NOW));
    }
}
