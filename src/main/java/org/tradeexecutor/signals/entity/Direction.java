package org.tradeexecutor.signals.entity;

/** Long (buy) or short (sell). */
public enum Direction {
    LONG, SHORT
}
