package org.tradeexecutor.execution.entity;

/** An order's status as a broker reports it. */
public enum BrokerOrderStatus {
    ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED;

    public ExecutionState asExecutionState() {
        return switch (this) {
            case ACCEPTED -> ExecutionState.ACCEPTED;
            case PARTIALLY_FILLED -> ExecutionState.PARTIALLY_FILLED;
            case FILLED -> ExecutionState.FILLED;
            case CANCELLED -> ExecutionState.CANCELLED;
            case REJECTED -> ExecutionState.REJECTED;
        };
    }
}
