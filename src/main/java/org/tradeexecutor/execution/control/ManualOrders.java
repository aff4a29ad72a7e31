package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.risk.control.RiskGate;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.OrderIntent;
import org.tradeexecutor.risk.entity.RiskContext;
import org.tradeexecutor.risk.entity.RiskDecision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Closes a position at market outside any signal — by the trader's hand (PRODUCT X8) or by the circuit breaker (X3):
 * one order for all of it, keyed by the position and the moment it opened, so a second click (or a trip while the
 * trader clicks) finds the same order instead of selling twice.
 */
@ApplicationScoped
public class ManualOrders {

    @Inject
    ExecutionRepository executions;

    @Inject
    BrokerConnections connections;

    @Inject
    OrderSubmitter submitter;

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    /**
     * @param why shown on the order ("Closed by hand.", "Closed by the circuit breaker.")
     * @return the closing order, or empty when the broker account is gone
     */
    public Optional<ExecutionView> close(String userId, String communityId, String providerId, String brokerConnectionId, HeldPosition held,
                                         Instant openedAt, String why) {
        ExecutionKey key = new ExecutionKey("manual:" + held.positionId() + "@" + openedAt.toEpochMilli(), userId, OrderPlanner.EXIT_LEG);
        Optional<Execution> earlier = executions.findById(key.id());
        if (earlier.isPresent()) {
            return earlier.map(ExecutionView::of);
        }
        Optional<BrokerConnection> account = connections.find(brokerConnectionId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal quantity = held.quantity().abs();
        OrderRequest order = new OrderRequest(key.clientOrderId(), held.symbol(), held.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY,
                OrderKind.MARKET, quantity, null, null, null);
        RiskDecision decision = RiskGate.check(new OrderIntent(held.symbol(), quantity, held.averageEntry(), true, BigDecimal.ONE, false),
                new RiskContext(riskProfiles.of(userId), connections.adapterFor(account.get()).state(account.get()).snapshot(), List.of(),
                        BigDecimal.ZERO, riskProfiles.breaker(userId), clock.instant()));
        ExecutionState state = decision.allowed() ? ExecutionState.PLANNED : ExecutionState.RISK_REJECTED;
        Execution execution = new Execution(key, users.findById(userId).map(User::getUsername).orElse(userId), communityId, providerId,
                account.get(), order, state, decision.allowed() ? why : decision.reason(), decision.rule(), clock.instant(),
                clock.instant(), null);
        if (state == ExecutionState.PLANNED) {
            submitter.insertAndSend(execution, account.get()); // false: clicked twice, the first order stands
        } else {
            insertOnce(execution);
        }
        return executions.findById(key.id()).map(ExecutionView::of);
    }

    private void insertOnce(Execution execution) {
        try {
            executions.insert(execution);
        } catch (RuntimeException clickedTwice) {
            // The first refusal stands.
        }
    }
}
