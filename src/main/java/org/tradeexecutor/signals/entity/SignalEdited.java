package org.tradeexecutor.signals.entity;

/**
 * CDI event: a signal that was VALID has been edited at its source (a Discord edit); the new parse result replaces
 * the old one. Execution decides what an edit means for orders already placed.
 */
public record SignalEdited(String signalId, String communityId, String providerId, ParsedSignal signal) {
}
