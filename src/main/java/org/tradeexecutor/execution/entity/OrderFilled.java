package org.tradeexecutor.execution.entity;

/** CDI event: an order filled completely. */
public record OrderFilled(String communityId, ExecutionView execution) {
}
