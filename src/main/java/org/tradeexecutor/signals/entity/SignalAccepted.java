package org.tradeexecutor.signals.entity;

/**
 * CDI event: a VALID signal is stored and may be executed (the execution component observes it).
 *
 * @param signalId    the stored signal
 * @param communityId its community
 * @param providerId  its provider
 * @param signal      what was parsed
 */
public record SignalAccepted(String signalId, String communityId, String providerId, ParsedSignal signal) {
}
