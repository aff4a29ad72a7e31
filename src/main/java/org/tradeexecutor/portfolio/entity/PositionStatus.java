package org.tradeexecutor.portfolio.entity;

public enum PositionStatus {
    OPEN, CLOSED
}
