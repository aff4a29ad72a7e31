package org.tradeexecutor.signals.entity;

import java.time.Instant;

/** One line of the community's signal list. */
public record SignalRow(String id, Instant receivedAt, String providerId, String providerName, SignalSource source, SignalStatus status,
                        String parseStatus, String kind, String symbol, String rawText, String correlationId) {
}
