package org.tradeexecutor.risk.entity;

/** What the risk gate decided about one order. */
public enum RiskVerdict {
    APPROVED, ADJUSTED, REJECTED
}
