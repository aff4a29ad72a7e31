package org.tradeexecutor.realtime.entity;

import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderSide;

import java.time.Instant;
import java.util.Map;

/**
 * A member's order as the community's hosts see it on their live feed: what happened — who, which signal, which
 * symbol, what became of it and, for a refusal, which kind of rule — but not the member's money: no quantities,
 * prices, equity or losses (a risk refusal's own reason names those; hosts get the rule in words instead).
 */
public record MemberActivity(String executionId, String signalId, String userId, String username, String providerId, String leg,
                             ExecutionState state, String symbol, OrderSide side, String riskRule, String reason, Instant updatedAt) {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("circuit_breaker", "The trader's circuit breaker stops new orders."),
            Map.entry("min_balance", "The account is below the trader's minimum balance."),
            Map.entry("daily_loss", "The trader's daily loss limit is reached."),
            Map.entry("trading_hours", "Outside the trader's trading hours."),
            Map.entry("max_open_positions", "The trader holds the most open positions they allow."),
            Map.entry("max_positions_per_symbol", "The trader holds the most positions in this symbol they allow."),
            Map.entry("max_leverage", "Above the trader's leverage cap."),
            Map.entry("max_position", "Beyond the trader's largest position."),
            Map.entry("max_exposure", "Beyond the trader's exposure limit."),
            Map.entry("buying_power", "Not enough buying power."),
            Map.entry("sizing", "The order could not be sized for this trader."));

    public static MemberActivity of(ExecutionView execution) {
        return new MemberActivity(execution.id(), execution.signalId(), execution.userId(), execution.username(), execution.providerId(),
                execution.leg(), execution.state(), execution.symbol(), execution.side(), execution.riskRule(), reasonForHosts(execution),
                execution.updatedAt());
    }

    private static String reasonForHosts(ExecutionView execution) {
        return switch (execution.state()) {
            case RISK_REJECTED -> RULES.getOrDefault(execution.riskRule() == null ? "" : execution.riskRule(), "Not placed for this trader.");
            case REJECTED -> "Refused by the broker.";
            case CANCELLED -> "Cancelled.";
            default -> null;
        };
    }
}
