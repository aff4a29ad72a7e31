package org.tradeexecutor.subscriptions.entity;

/** A trader started (or resumed) following a provider; execution opens the trader's paper account on it. */
public record ProviderFollowed(String communityId, String userId, String providerId) {
}
