package org.tradeexecutor.signals.entity;

import java.time.Instant;

/**
 * What the signal list is narrowed to; null fields do not filter.
 *
 * @param communityId always set: the tenant
 * @param from        received at or after
 * @param to          received before
 */
public record SignalFilter(String communityId, String providerId, SignalStatus status, Instant from, Instant to) {
}
