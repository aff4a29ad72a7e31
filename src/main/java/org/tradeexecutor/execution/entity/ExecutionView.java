package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** One follower's order for one signal as the API and pages show it (PRODUCT X4). */
public record ExecutionView(String id, String signalId, String userId, String username, String communityId, String providerId,
                            String brokerConnectionId, String leg, ExecutionState state,
                            String clientOrderId, String symbol, OrderSide side, OrderKind kind, BigDecimal quantity,
                            BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal filledQuantity, BigDecimal averageFillPrice, BigDecimal fees, String reason,
                            String riskRule, Instant createdAt, Instant updatedAt, Instant expiresAt,
                            String correlationId) {

    public static ExecutionView of(Execution e) {
        return new ExecutionView(e.getId(), e.getSignalId(), e.getUserId(), e.getUsername(), e.getCommunityId(), e.getProviderId(),
                e.getBrokerConnectionId(), e.getLeg(), e.getState(), e.getClientOrderId(), e.getSymbol(), e.getSide(), e.getKind(), e.getQuantity(),
                e.getLimitPrice(), e.getStopPrice(), e.getFilledQuantity(), e.getAverageFillPrice(), e.getFees(), e.getReason(), e.getRiskRule(), e.getCreatedAt(), e.getUpdatedAt(), e.getExpiresAt(),
                e.getCorrelationId());
    }
}
