package org.tradeexecutor.execution.entity;

/** CDI event: a broker reported a new state of an order after it was submitted (a resting order filled, or was cancelled). */
public record BrokerOrderChanged(String brokerConnectionId, BrokerOrder order) {
}
