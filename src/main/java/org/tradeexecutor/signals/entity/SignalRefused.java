package org.tradeexecutor.signals.entity;

/** A signal was stored REJECTED by its community's settings or plan; its hosts are told. */
public record SignalRefused(String signalId, String communityId, String providerId, String symbol, SignalRefusal refusal) {
}
