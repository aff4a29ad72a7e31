package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;

import java.util.Comparator;
import java.util.List;

/** A trader's own orders as the API and the dashboard list them: newest first, and those waiting for an answer. */
@ApplicationScoped
public class TraderOrders {

    @Inject
    ExecutionRepository executions;

    public List<ExecutionView> recent(String userId, int page, int size) {
        return executions.findByUserId(userId).stream()
                .sorted(Comparator.comparing(Execution::getCreatedAt).reversed())
                .skip((long) page * size).limit(size).map(ExecutionView::of).toList();
    }

    /** Orders the trader has to confirm or decline, the first to expire first. */
    public List<ExecutionView> awaitingConfirmation(String userId) {
        return executions.findByUserId(userId).stream().filter(e -> e.getState() == ExecutionState.AWAITING_CONFIRMATION)
                .sorted(Comparator.comparing(Execution::getExpiresAt)).map(ExecutionView::of).toList();
    }
}
