package org.tradeexecutor.execution.entity;

/** The order types brokers take (PRODUCT X5). */
public enum OrderKind {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP
}
