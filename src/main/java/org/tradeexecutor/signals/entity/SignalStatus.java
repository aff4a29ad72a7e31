package org.tradeexecutor.signals.entity;

/** The life of a stored signal (PRODUCT S6): RECEIVED → PARSED → (EXECUTING → EXECUTED) | REJECTED | IGNORED | EXPIRED. */
public enum SignalStatus {
    RECEIVED, PARSED, EXECUTING, EXECUTED, REJECTED, IGNORED, EXPIRED
}
