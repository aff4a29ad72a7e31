package org.tradeexecutor.signals.entity;

/** Call or put. */
public enum OptionRight {
    CALL, PUT
}
