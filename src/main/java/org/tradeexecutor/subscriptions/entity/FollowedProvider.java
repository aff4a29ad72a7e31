package org.tradeexecutor.subscriptions.entity;

/**
 * A provider of the active community as a trader sees it on the follow list.
 *
 * @param following whether the trader follows it now
 * @param settings  the trader's overrides (the defaults when not following)
 */
public record FollowedProvider(String providerId, String providerName, String type, boolean enabled, boolean following,
                               SubscriptionSettings settings) {
}
