package org.tradeexecutor.signals.entity;

/** PRODUCT S6: a NEEDS_REVIEW signal waits for a host (PENDING), who approves it (it then runs once) or dismisses it. */
public enum ReviewState {
    PENDING, APPROVED, DISMISSED
}
