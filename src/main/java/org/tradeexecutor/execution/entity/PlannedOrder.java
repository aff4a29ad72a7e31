package org.tradeexecutor.execution.entity;

import org.tradeexecutor.risk.entity.RiskDecision;

/**
 * What the planner decided for one follower: the order and the state it starts in.
 *
 * @param order    the order as it would be sent (its quantity is what the risk gate allowed)
 * @param state    PLANNED, AWAITING_CONFIRMATION or RISK_REJECTED
 * @param reason   how it was sized, or why it was refused
 * @param decision the risk gate's decision; null when sizing already refused
 */
public record PlannedOrder(String leg, OrderRequest order, ExecutionState state, String reason, RiskDecision decision) {
}
