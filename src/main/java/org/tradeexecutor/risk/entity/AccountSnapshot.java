package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/** A broker account as the risk gate sees it: what it is worth, its cash and what it may still buy. */
public record AccountSnapshot(BigDecimal equity, BigDecimal cash, BigDecimal buyingPower) {
}
