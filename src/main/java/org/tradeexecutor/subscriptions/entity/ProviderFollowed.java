package org.tradeexecutor.subscriptions.entity;

import java.time.Instant;

/**
 * A trader follows a provider (newly, again, or with new settings); execution opens the trader's paper account on it.
 *
 * @param followedAt when this spell of following began (the same for a change of settings)
 */
public record ProviderFollowed(String communityId, String userId, String providerId, Instant followedAt) {
}
