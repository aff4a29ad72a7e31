package org.tradeexecutor.signals.entity;

import java.time.Instant;

/**
 * CDI event: a VALID signal is stored and may be executed (the execution component observes it).
 *
 * @param signalId      the stored signal
 * @param communityId   its community
 * @param providerId    its provider
 * @param signal        what was parsed
 * @param receivedAt    when it arrived (what its orders' latency is measured from)
 * @param correlationId the id its log lines and orders carry; may be null
 */
public record SignalAccepted(String signalId, String communityId, String providerId, ParsedSignal signal, Instant receivedAt, String correlationId) {
}
