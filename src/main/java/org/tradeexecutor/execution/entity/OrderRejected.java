package org.tradeexecutor.execution.entity;

/** CDI event: the risk gate or the broker refused an order; {@code execution.reason()} says why. */
public record OrderRejected(String communityId, ExecutionView execution) {
}
