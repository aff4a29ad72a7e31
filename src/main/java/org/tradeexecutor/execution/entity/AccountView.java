package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;

/** The trader's primary broker account: what it is worth now and today's result. */
public record AccountView(String connectionId, BrokerKind broker, String label, BigDecimal equity, BigDecimal cash,
                          BigDecimal buyingPower, BigDecimal dailyPnl) {
}
