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
import org.tradeexecutor.platform.control.CorrelationIds;
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
 * one order for all of it. Each attempt has its own key (the position, the moment it opened, the attempt's number), and
 * at most one attempt works at a time: a second click (or a trip while the trader clicks) finds the working order
 * instead of selling twice, while an attempt that failed (rejected, cancelled) can be followed by a new one.
 */
@ApplicationScoped
public class ManualOrders {

    /** Attempts to close one opening of a position; beyond this the trader is told to look at the broker. */
    static final int MAX_ATTEMPTS = 20;

    @Inject
    ExecutionRepository executions;

    @Inject
    BrokerConnections connections;

    @Inject
    OrderSubmitter submitter;

    @Inject
    ProtectiveOrders protectiveOrders;

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    /**
     * @param why shown on the order ("Closed by hand.", "Closed by the circuit breaker.")
     * @return the closing order (the one already working, if there is one), or empty when the broker account is gone
     */
    public Optional<ExecutionView> close(String userId, String communityId, String providerId, String brokerConnectionId, HeldPosition held,
                                         Instant openedAt, String why) {
        Optional<BrokerConnection> account = connections.find(brokerConnectionId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Execution last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ExecutionKey key = new ExecutionKey("manual:" + held.positionId() + "@" + openedAt.toEpochMilli() + "#" + attempt, userId,
                    OrderPlanner.EXIT_LEG);
            Optional<Execution> earlier = executions.findById(key.id());
            if (earlier.isEmpty()) {
                return Optional.of(attempt(key, userId, communityId, providerId, account.get(), held, why)).map(ExecutionView::of);
            }
            last = earlier.get();
            if (!failed(last.getState())) {
                return Optional.of(ExecutionView.of(last)); // working, or done: never a second one at the same time
            }
        }
        return Optional.of(ExecutionView.of(last));
    }

    /** A new attempt, stored before it is sent; if another click stored the same attempt first, that one stands. */
    private Execution attempt(ExecutionKey key, String userId, String communityId, String providerId, BrokerConnection account,
                              HeldPosition held, String why) {
        BigDecimal quantity = held.quantity().abs();
        OrderRequest order = new OrderRequest(key.clientOrderId(), held.symbol(), held.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY,
                OrderKind.MARKET, quantity, null, null, null);
        RiskDecision decision = RiskGate.check(new OrderIntent(held.symbol(), quantity, held.averageEntry(), true, BigDecimal.ONE, false),
                new RiskContext(riskProfiles.of(userId), connections.adapterFor(account).state(account).snapshot(), List.of(),
                        BigDecimal.ZERO, riskProfiles.breaker(userId), clock.instant()));
        ExecutionState state = decision.allowed() ? ExecutionState.PLANNED : ExecutionState.RISK_REJECTED;
        Execution execution = new Execution(key, users.findById(userId).map(User::getUsername).orElse(userId), communityId, providerId,
                account, order, state, decision.allowed() ? why : decision.reason(), decision.rule(), clock.instant(),
                clock.instant(), null);
        execution.correlate(CorrelationIds.currentOrNew());
        if (state == ExecutionState.PLANNED) {
            // The protective orders hold the quantity at the broker: cancelled (and, at Alpaca, gone) before the close goes out.
            protectiveOrders.release(userId, providerId, held.symbol(), account);
            submitter.insertAndSend(execution, account); // false: clicked twice, the first order stands
        } else {
            insertOnce(execution);
        }
        return executions.findById(key.id()).orElse(execution);
    }

    /** An attempt that ended without closing anything: a new one may follow. */
    private static boolean failed(ExecutionState state) {
        return state == ExecutionState.REJECTED || state == ExecutionState.RISK_REJECTED || state == ExecutionState.CANCELLED
                || state == ExecutionState.EXPIRED || state == ExecutionState.DECLINED;
    }

    private void insertOnce(Execution execution) {
        try {
            executions.insert(execution);
        } catch (RuntimeException clickedTwice) {
            // The first refusal stands.
        }
    }
}
