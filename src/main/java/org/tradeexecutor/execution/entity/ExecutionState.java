package org.tradeexecutor.execution.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one order of one follower (PRODUCT X4). Stored before anything is sent: PLANNED → SUBMITTED (being
 * sent) → ACCEPTED → PARTIALLY_FILLED → FILLED | REJECTED | CANCELLED. UNKNOWN: a send whose outcome is not known
 * (timeout, crash); it is settled by looking the order up at the broker by its client order id, never by sending
 * blindly. AWAITING_CONFIRMATION: the trader confirms each signal (auto-execute off) → PLANNED | DECLINED | EXPIRED.
 * RISK_REJECTED: the risk gate (or sizing) refused it; nothing was sent.
 */
public enum ExecutionState {
    AWAITING_CONFIRMATION, PLANNED, SUBMITTED, UNKNOWN, ACCEPTED, PARTIALLY_FILLED, FILLED, REJECTED, CANCELLED, DECLINED, EXPIRED,
    RISK_REJECTED;

    private static final Set<ExecutionState> FINAL = EnumSet.of(FILLED, REJECTED, CANCELLED, DECLINED, EXPIRED, RISK_REJECTED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether this state may follow the current one; a final state never changes. */
    public boolean canFollow(ExecutionState current) {
        return switch (current) {
            case AWAITING_CONFIRMATION -> EnumSet.of(PLANNED, DECLINED, EXPIRED).contains(this);
            case PLANNED -> EnumSet.of(SUBMITTED, RISK_REJECTED).contains(this);
            case SUBMITTED, UNKNOWN -> EnumSet.of(UNKNOWN, PLANNED, ACCEPTED, PARTIALLY_FILLED, FILLED, REJECTED, CANCELLED).contains(this);
            case ACCEPTED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED).contains(this);
            case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED).contains(this);
            default -> false;
        };
    }
}
