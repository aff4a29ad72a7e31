package org.tradeexecutor.execution.entity;

public enum BrokerKind {
    PAPER, ALPACA
}
