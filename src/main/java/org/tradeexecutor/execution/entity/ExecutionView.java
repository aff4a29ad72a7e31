package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** One follower's order for one signal as the API and pages show it (PRODUCT X4). */
public record ExecutionView(String id, String signalId, String userId, String username, String leg, ExecutionState state,
                            String clientOrderId, String symbol, OrderSide side, OrderKind kind, BigDecimal quantity,
                            BigDecimal limitPrice, BigDecimal filledQuantity, BigDecimal averageFillPrice, String reason,
                            String riskRule, Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public static ExecutionView of(Execution e) {
        return new ExecutionView(e.getId(), e.getSignalId(), e.getUserId(), e.getUsername(), e.getLeg(), e.getState(), e.getClientOrderId(),
                e.getSymbol(), e.getSide(), e.getKind(), e.getQuantity(), e.getLimitPrice(), e.getFilledQuantity(), e.getAverageFillPrice(),
                e.getReason(), e.getRiskRule(), e.getCreatedAt(), e.getUpdatedAt(), e.getExpiresAt());
    }
}
