package org.tradeexecutor.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.billing.entity.BillingStatus;
import org.tradeexecutor.billing.entity.BillingSubscription;
import org.tradeexecutor.billing.entity.SubscriptionEvent;
import org.tradeexecutor.billing.entity.WebhookOutcome;
import org.tradeexecutor.communities.control.CommunityConfiguration;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Plan;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * A community's subscription as Polar reports it, and the plan that follows (PRODUCT C6); a platform admin may also
 * set a plan by hand. Every plan change goes through {@link CommunityConfiguration#changePlan}, audited.
 */
@ApplicationScoped
public class BillingSubscriptions {

    static final AuditEvent.Actor POLAR = new AuditEvent.Actor(null, "polar");

    @Inject
    BillingSubscriptionRepository subscriptions;

    @Inject
    PolarProducts products;

    @Inject
    Memberships memberships;

    @Inject
    CommunityConfiguration configuration;

    @Inject
    Clock clock;

    /** The community's subscription; one with status NONE when it never had one. */
    public BillingSubscription of(String communityId) {
        return subscriptions.findById(communityId).orElseGet(() -> new BillingSubscription(communityId));
    }

    /** Why an event cannot be applied (nothing changes then), or null. */
    WebhookOutcome.Refused refusal(SubscriptionEvent event) {
        if (products.planOf(event.productId()).isEmpty()) {
            return new WebhookOutcome.Refused(422, "unknown_product", "Product " + event.productId()
                    + " is not in POLAR_PRODUCT_PLANS: no plan is known for it, nothing changed.");
        }
        if (event.communityId() == null || memberships.community(event.communityId()).isEmpty()) {
            return new WebhookOutcome.Refused(422, "unknown_community", "The subscription's metadata.communityId names no community here, nothing changed.");
        }
        return null;
    }

    /** Applies an event that passed {@link #refusal}; one older than the last applied changes nothing. */
    WebhookOutcome apply(SubscriptionEvent event) {
        BillingSubscription subscription = of(event.communityId());
        Community community = memberships.community(event.communityId()).orElseThrow();
        if (subscription.newerThan(event.sentAt())) {
            return new WebhookOutcome.Applied(event.communityId(), community.plan().name(), subscription.getStatus(), true);
        }
        Plan productPlan = products.planOf(event.productId()).orElseThrow();
        SubscriptionStates.After after = SubscriptionStates.after(event, productPlan, community.plan(), clock.instant()).orElseThrow();
        subscription.apply(event, after.status(), after.plan().name());
        subscriptions.save(subscription);
        configuration.changePlan(event.communityId(), after.plan(), POLAR, AuditEvent.Origin.INTERNAL,
                event.type() + " (" + after.status().name().toLowerCase(Locale.ROOT) + ", subscription " + event.subscriptionId() + ")");
        return new WebhookOutcome.Applied(event.communityId(), after.plan().name(), after.status(), false);
    }

    /** A platform admin sets the plan by hand (a deal, a refund, a test); the subscription at Polar is not touched. */
    public Optional<Plan> setByHand(String communityId, Plan plan, String why, AuditEvent.Actor admin, AuditEvent.Origin origin) {
        return configuration.changePlan(communityId, plan, admin, origin, "set by hand: " + why);
    }

    /** Whether the billing state is one hosts should act on (a payment failed, the plan ends). */
    public static boolean needsAttention(BillingStatus status) {
        return status == BillingStatus.PAST_DUE || status == BillingStatus.CANCELED;
    }
}
