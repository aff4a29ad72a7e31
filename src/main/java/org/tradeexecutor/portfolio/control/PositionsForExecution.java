package org.tradeexecutor.portfolio.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.control.ProviderPositions;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionStatus;
import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Instrument;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the execution component's question about a follower's position from a provider: the position in exactly
 * that symbol, else — for a message that names only the underlying ("STC MSFT", "move stop on MSFT to 1.20") — the one
 * open option position on that underlying (none when there are several: which one is meant is not known).
 */
@ApplicationScoped
public class PositionsForExecution implements ProviderPositions {

    @Inject
    PositionRepository positions;

    @Inject
    UserPositions userPositions;

    @Override
    public Optional<HeldPosition> held(String userId, String brokerConnectionId, String symbol, String providerId) {
        Optional<Position> exact = positions.findById(Position.idOf(userId, brokerConnectionId, symbol, providerId)).filter(PositionsForExecution::open);
        if (exact.isPresent() || Instrument.of(symbol).assetClass() == AssetClass.OPTION) {
            return exact.map(PositionsForExecution::held);
        }
        List<Position> onUnderlying = userPositions.of(userId).stream().filter(PositionsForExecution::open)
                .filter(p -> brokerConnectionId.equals(p.getBrokerConnectionId()) && providerId.equals(p.getProviderId()))
                .filter(p -> Instrument.of(p.getSymbol()).underlying().equals(symbol) && !p.getSymbol().equals(symbol))
                .toList();
        return onUnderlying.size() == 1 ? Optional.of(held(onUnderlying.get(0))) : Optional.empty();
    }

    @Override
    public Map<Of, HeldPosition> heldExactly(Collection<Of> wanted) {
        Map<String, Of> byId = new HashMap<>();
        wanted.forEach(of -> byId.put(Position.idOf(of.userId(), of.brokerConnectionId(), of.symbol(), of.providerId()), of));
        Map<Of, HeldPosition> held = new HashMap<>();
        if (!byId.isEmpty()) {
            positions.findByIdIn(byId.keySet()).stream().filter(PositionsForExecution::open).forEach(p -> held.put(byId.get(p.getId()), held(p)));
        }
        return held;
    }

    private static boolean open(Position p) {
        return p.getStatus() == PositionStatus.OPEN && p.getQuantity().signum() != 0;
    }

    private static HeldPosition held(Position p) {
        return new HeldPosition(p.getId(), p.getSymbol(), p.getQuantity(), p.getAverageEntry(), p.getEntrySignalId());
    }
}
