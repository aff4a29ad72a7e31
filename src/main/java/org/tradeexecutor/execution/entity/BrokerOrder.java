package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;

/**
 * An order as the broker knows it.
 *
 * @param brokerOrderId    the broker's id
 * @param filledQuantity   0 until something filled
 * @param averageFillPrice null until something filled
 * @param fees             paid so far
 * @param reason           why it was rejected or cancelled
 */
public record BrokerOrder(String clientOrderId, String brokerOrderId, BrokerOrderStatus status, BigDecimal filledQuantity,
                          BigDecimal averageFillPrice, BigDecimal fees, String reason) {
}
