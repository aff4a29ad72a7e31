package org.tradeexecutor.execution.entity;

import org.tradeexecutor.risk.entity.RiskDecision;

import java.math.BigDecimal;

/**
 * What the planner decided for one follower: the order and the state it starts in.
 *
 * @param order    the order as it would be sent (its quantity is what the risk gate allowed)
 * @param state    PLANNED, AWAITING_CONFIRMATION or RISK_REJECTED
 * @param reason   how it was sized, or why it was refused
 * @param decision the risk gate's decision; null when sizing already refused
 * @param value    what an entry that goes ahead is worth at its planned price (times the contract multiplier): the place
 *                 it takes in the trader's limits until the account has it; null for exits and refusals
 */
public record PlannedOrder(String leg, OrderRequest order, ExecutionState state, String reason, RiskDecision decision, BigDecimal value) {

    /** An order that does not go ahead, or an exit: it takes no place in the limits. */
    public PlannedOrder(String leg, OrderRequest order, ExecutionState state, String reason, RiskDecision decision) {
        this(leg, order, state, reason, decision, null);
    }
}
