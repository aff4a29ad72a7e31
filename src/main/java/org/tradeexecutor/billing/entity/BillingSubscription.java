package org.tradeexecutor.billing.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/** A community's subscription at Polar as the last event told it, keyed by the community's id (one per community). */
@Entity("billing_subscriptions")
public class BillingSubscription {

    @Id
    private String communityId;
    @Column
    private String polarSubscriptionId;
    @Column
    private String customerId;
    @Column
    private String productId;
    @Column
    private String plan;
    @Column
    private BillingStatus status;
    @Column
    @Convert(InstantAsDate.class)
    private Instant currentPeriodEnd;
    @Column
    private boolean cancelAtPeriodEnd;
    @Column
    @Convert(InstantAsDate.class)
    private Instant lastEventAt;

    public BillingSubscription() {
    }

    public BillingSubscription(String communityId) {
        this.communityId = communityId;
        this.status = BillingStatus.NONE;
    }

    /** Takes what the event says of the subscription; the plan is the one the community has after it. */
    public void apply(SubscriptionEvent event, BillingStatus status, String plan) {
        this.polarSubscriptionId = event.subscriptionId();
        this.customerId = event.customerId();
        this.productId = event.productId();
        this.plan = plan;
        this.status = status;
        this.currentPeriodEnd = event.currentPeriodEnd();
        this.cancelAtPeriodEnd = event.cancelAtPeriodEnd();
        this.lastEventAt = event.sentAt();
    }

    /** Whether an event sent at this moment is older than one applied already (Polar may deliver out of order). */
    public boolean newerThan(Instant sentAt) {
        return lastEventAt != null && sentAt != null && sentAt.isBefore(lastEventAt);
    }

    public String getCommunityId() { return communityId; }
    public String getPolarSubscriptionId() { return polarSubscriptionId; }
    public String getCustomerId() { return customerId; }
    public String getProductId() { return productId; }
    public String getPlan() { return plan; }
    public BillingStatus getStatus() { return status == null ? BillingStatus.NONE : status; }
    public Instant getCurrentPeriodEnd() { return currentPeriodEnd; }
    public boolean isCancelAtPeriodEnd() { return cancelAtPeriodEnd; }
    public Instant getLastEventAt() { return lastEventAt; }
}
