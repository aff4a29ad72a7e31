package org.tradeexecutor.signals.entity;

/** How the entry is placed: "@ price" means LIMIT, no price MARKET. */
public enum OrderType {
    MARKET, LIMIT, STOP
}
