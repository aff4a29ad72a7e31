package org.tradeexecutor.portfolio.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.control.ProviderPositions;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionStatus;

import java.util.Optional;

/** Answers the execution component's question about a follower's position from a provider. */
@ApplicationScoped
public class PositionsForExecution implements ProviderPositions {

    @Inject
    PositionRepository positions;

    @Override
    public Optional<HeldPosition> held(String userId, String brokerConnectionId, String symbol, String providerId) {
        return positions.findById(Position.idOf(userId, brokerConnectionId, symbol, providerId))
                .filter(p -> p.getStatus() == PositionStatus.OPEN && p.getQuantity().signum() != 0)
                .map(p -> new HeldPosition(p.getId(), p.getSymbol(), p.getQuantity(), p.getAverageEntry(), p.getEntrySignalId()));
    }
}
