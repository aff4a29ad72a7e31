package org.tradeexecutor.execution.entity;

/** One order of a batch, with the account it goes to (its client order id is in the request). */
public record OrderToSend(BrokerConnection account, OrderRequest order) {
}
