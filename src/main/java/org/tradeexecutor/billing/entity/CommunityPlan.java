package org.tradeexecutor.billing.entity;

import java.time.Instant;
import java.util.List;

/**
 * A community's plan as its hosts see it (PRODUCT C6): the plan, usage against every limit, and the billing state.
 *
 * @param communityId the community
 * @param plan        FREE, PROFESSIONAL or ENTERPRISE
 * @param limits      members, providers and signals today, each against its limit
 * @param billing     the subscription at Polar
 */
public record CommunityPlan(String communityId, String plan, List<Usage> limits, Billing billing) {

    /** @param name members, providers or signalsToday  @param used how many now  @param limit the plan's most; null when unlimited */
    public record Usage(String name, long used, Integer limit) {

        public boolean reached() {
            return limit != null && used >= limit;
        }
    }

    /**
     * @param status            NONE when never subscribed (or set by hand)
     * @param renewsAt          the end of the paid period: the renewal, or the end of a canceled plan
     * @param cancelAtPeriodEnd whether the plan ends at {@code renewsAt}
     * @param subscriptionId    Polar's subscription id
     */
    public record Billing(BillingStatus status, Instant renewsAt, boolean cancelAtPeriodEnd, String subscriptionId) {
    }
}
