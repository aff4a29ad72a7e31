package org.tradeexecutor.signals.entity;

/** Opens a position, closes one, or manages an open one. */
public enum SignalKind {
    ENTRY, EXIT, UPDATE
}
