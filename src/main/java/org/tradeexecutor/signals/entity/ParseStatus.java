package org.tradeexecutor.signals.entity;

/** Whether a message is a signal to act on (S5). */
public enum ParseStatus {
    VALID, IGNORED, REJECTED, NEEDS_REVIEW
}
