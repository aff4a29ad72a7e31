package org.tradeexecutor.billing.entity;

import java.time.Instant;

/**
 * One {@code subscription.*} event of Polar, read from its payload ({@code data} is the subscription).
 *
 * @param type             e.g. {@code subscription.canceled}
 * @param sentAt           the event's {@code timestamp}: an older event than the last applied changes nothing
 * @param subscriptionId   {@code data.id}
 * @param status           {@code data.status}: incomplete, trialing, active, past_due, canceled, unpaid, …
 * @param productId        {@code data.product_id}
 * @param customerId       {@code data.customer_id}
 * @param currentPeriodEnd {@code data.current_period_end}; null when there is none
 * @param cancelAtPeriodEnd {@code data.cancel_at_period_end}
 * @param communityId      {@code data.metadata.communityId}, set on the checkout
 */
public record SubscriptionEvent(String type, Instant sentAt, String subscriptionId, String status, String productId, String customerId,
                                Instant currentPeriodEnd, boolean cancelAtPeriodEnd, String communityId) {
}
