package org.tradeexecutor.execution.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeexecutor.execution.entity.ExecutionState.*;

class ExecutionStateTest {

    @Test
    void theHappyPathRunsPlannedSubmittedAcceptedPartiallyFilledFilled() {
        assertTrue(SUBMITTED.canFollow(PLANNED));
        assertTrue(ACCEPTED.canFollow(SUBMITTED));
        assertTrue(PARTIALLY_FILLED.canFollow(ACCEPTED));
        assertTrue(PARTIALLY_FILLED.canFollow(PARTIALLY_FILLED));
        assertTrue(FILLED.canFollow(PARTIALLY_FILLED));
        assertTrue(FILLED.canFollow(SUBMITTED), "a market order may fill in the answer to the send");
    }

    @Test
    void aPlannedOrderIsNeverFilledWithoutBeingSubmitted() {
        assertFalse(FILLED.canFollow(PLANNED));
        assertFalse(ACCEPTED.canFollow(PLANNED));
    }

    @Test
    void unknownIsSettledByTheBrokerOrReturnsToPlannedWhenTheBrokerNeverSawIt() {
        assertTrue(UNKNOWN.canFollow(SUBMITTED));
        for (ExecutionState settled : new ExecutionState[]{ACCEPTED, FILLED, REJECTED, CANCELLED, PLANNED}) {
            assertTrue(settled.canFollow(UNKNOWN), settled.name());
        }
    }

    @Test
    void finalStatesNeverChange() {
        for (ExecutionState end : new ExecutionState[]{FILLED, REJECTED, CANCELLED, DECLINED, EXPIRED, RISK_REJECTED}) {
            assertTrue(end.isFinal());
            for (ExecutionState next : ExecutionState.values()) {
                assertFalse(next.canFollow(end), end + " → " + next);
            }
        }
    }

    @Test
    void confirmationsAreConfirmedDeclinedOrExpire() {
        assertTrue(PLANNED.canFollow(AWAITING_CONFIRMATION));
        assertTrue(DECLINED.canFollow(AWAITING_CONFIRMATION));
        assertTrue(EXPIRED.canFollow(AWAITING_CONFIRMATION));
        assertFalse(SUBMITTED.canFollow(AWAITING_CONFIRMATION));
    }

    @Test
    void anExecutionRefusesAMoveTheMachineDoesNotAllow() {
        Execution execution = new Execution(new ExecutionKey("s", "u", "entry"), "u", "c", "p", BrokerConnection.paper("u", Instant.EPOCH),
                new OrderRequest("dte-x", "AAPL", OrderSide.BUY, OrderKind.MARKET, java.math.BigDecimal.ONE, null, null, null),
                PLANNED, null, "ok", Instant.EPOCH, Instant.EPOCH, null);
        assertThrows(IllegalStateException.class, () -> execution.moveTo(FILLED, null, Instant.EPOCH));
        execution.moveTo(SUBMITTED, null, Instant.EPOCH);
        assertEquals(SUBMITTED, execution.getState());
        assertEquals(Instant.EPOCH, execution.getSubmittedAt());
    }
}
