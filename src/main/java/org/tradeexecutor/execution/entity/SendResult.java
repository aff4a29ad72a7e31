package org.tradeexecutor.execution.entity;

/**
 * The broker's answer to one order of a batch.
 *
 * @param order          the order as the broker has it, or null when the outcome is not known
 * @param unknownBecause why the outcome is not known (timeout, broker unreachable), or null
 */
public record SendResult(String clientOrderId, BrokerOrder order, String unknownBecause) {

    public static SendResult answered(BrokerOrder order) {
        return new SendResult(order.clientOrderId(), order, null);
    }

    public static SendResult unknown(String clientOrderId, String because) {
        return new SendResult(clientOrderId, null, because);
    }
}
