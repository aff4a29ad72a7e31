package org.tradeexecutor.billing.entity;

/**
 * Where a community's paid subscription stands (PRODUCT C6). CANCELED keeps the plan to the end of the paid period
 * (Polar then sends {@code subscription.revoked}); PAST_DUE keeps it while Polar retries the payment; REVOKED is
 * back on FREE. NONE: never subscribed, or the plan was set by a platform admin.
 */
public enum BillingStatus {
    NONE, INCOMPLETE, TRIALING, ACTIVE, PAST_DUE, CANCELED, REVOKED
}
