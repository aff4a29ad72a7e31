package org.tradeexecutor.portfolio.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.control.ManualOrders;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionClosed;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.CircuitBreakerTripped;

/**
 * What follows a tripped circuit breaker (PRODUCT X3): every open position of the trader is closed at market (REDUCING:
 * only such closing orders pass the gate), and once the trader is flat the breaker is HALTED until an admin resets it.
 */
@ApplicationScoped
public class BreakerFollowUp {

    @Inject
    PortfolioBook book;

    @Inject
    ManualOrders orders;

    @Inject
    RiskProfiles riskProfiles;

    void onTripped(@Observes CircuitBreakerTripped tripped) {
        for (Position p : book.openPositions(tripped.userId())) {
            orders.close(tripped.userId(), p.getCommunityId(), p.getProviderId(), p.getBrokerConnectionId(),
                    new HeldPosition(p.getId(), p.getSymbol(), p.getQuantity(), p.getAverageEntry(), p.getEntrySignalId()), p.getOpenedAt(),
                    "Closed by the circuit breaker: " + tripped.reason());
        }
        haltWhenFlat(tripped.userId());
    }

    void onClosed(@Observes PositionClosed closed) {
        if (riskProfiles.breaker(closed.userId()) == BreakerState.REDUCING) {
            haltWhenFlat(closed.userId());
        }
    }

    private void haltWhenFlat(String userId) {
        if (book.openPositions(userId).isEmpty()) {
            riskProfiles.halt(userId);
        }
    }
}
