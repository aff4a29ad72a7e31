package org.tradeexecutor.execution.control;

import org.tradeexecutor.execution.entity.HeldPosition;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The follower's open position from one provider in one symbol. Implemented by the portfolio component, which books
 * fills into positions; execution only asks (the dependency points from portfolio to execution, not back).
 */
public interface ProviderPositions {

    Optional<HeldPosition> held(String userId, String brokerConnectionId, String symbol, String providerId);

    /** Many followers' open positions in exactly the symbol named (no underlying looked for), in one read; those without one are missing. */
    Map<Of, HeldPosition> heldExactly(Collection<Of> positions);

    /** Whose position, at which account, in which symbol, from which provider. */
    record Of(String userId, String brokerConnectionId, String symbol, String providerId) {
    }
}
