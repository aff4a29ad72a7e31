package org.tradeexecutor.execution.entity;

/**
 * The order types brokers take (PRODUCT X5). OCO ("one cancels other"): a target limit and a stop for the same
 * quantity in one order — whichever fills cancels the other, so the quantity is held once.
 */
public enum OrderKind {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP, OCO
}
