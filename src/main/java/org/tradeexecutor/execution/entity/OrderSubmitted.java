package org.tradeexecutor.execution.entity;

/** CDI event: an order reached the broker (accepted, resting or filled at once). */
public record OrderSubmitted(String communityId, ExecutionView execution) {
}
