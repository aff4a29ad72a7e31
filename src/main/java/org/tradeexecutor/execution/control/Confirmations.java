package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;

import java.time.Clock;
import java.util.Optional;

/**
 * Orders waiting for the trader (auto-execute off, PRODUCT X1): confirm sends it as planned, decline drops it, and
 * one left too long ({@code CONFIRMATION_MINUTES}) expires.
 */
@ApplicationScoped
public class Confirmations {

    @Inject
    ExecutionRepository executions;

    @Inject
    OrderSubmitter submitter;

    @Inject
    Memberships memberships;

    @Inject
    ExecutionBatchWrites batchWrites;

    @Inject
    Clock clock;

    /**
     * @return the execution after the answer (another answer given first, or the expiry, stands), or empty when it is
     * not this user's or not waiting (any more)
     * @throws ActionRefused when the member may not confirm (trade) or decline (reduce) in its community
     */
    public Optional<Execution> answer(String userId, String executionId, boolean confirmed) {
        Optional<Execution> waiting = executions.findById(executionId)
                .filter(e -> e.getUserId().equals(userId) && e.getState() == ExecutionState.AWAITING_CONFIRMATION);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Execution execution = waiting.get();
        memberships.require(userId, execution.getCommunityId(), confirmed ? MemberAction.TRADE : MemberAction.REDUCE);
        if (clock.instant().isAfter(execution.getExpiresAt())) {
            expire(execution);
            return executions.findById(executionId);
        }
        execution.moveTo(confirmed ? ExecutionState.PLANNED : ExecutionState.DECLINED,
                confirmed ? "Confirmed by the trader." : "Declined by the trader.", clock.instant());
        if (batchWrites.saveIfStill(execution, ExecutionState.AWAITING_CONFIRMATION) && confirmed) {
            submitter.submit(executionId);
        }
        return executions.findById(executionId);
    }

    /** Expires every confirmation whose time is up. */
    public int expireOverdue() {
        int expired = 0;
        for (Execution execution : executions.findByState(ExecutionState.AWAITING_CONFIRMATION)) {
            if (clock.instant().isAfter(execution.getExpiresAt()) && expire(execution)) {
                expired++;
            }
        }
        return expired;
    }

    /** False when it was answered meanwhile: the answer stands. */
    private boolean expire(Execution execution) {
        execution.moveTo(ExecutionState.EXPIRED, "Not confirmed in time.", clock.instant());
        return batchWrites.saveIfStill(execution, ExecutionState.AWAITING_CONFIRMATION);
    }
}
