package org.tradeexecutor.execution.control;

import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerUnavailableException;
import org.tradeexecutor.execution.entity.OrderRequest;
import java.util.Optional;

/**
 * What the engine needs of a broker (PRODUCT X5, X6). Every method may throw {@link BrokerUnavailableException} when
 * the broker cannot be reached; for {@link #submit} that means the outcome is UNKNOWN.
 */
public interface BrokerAdapter {

    /** Sends an order; a second order with the same client order id is never executed twice. */
    BrokerOrder submit(BrokerConnection account, OrderRequest order);

    Optional<BrokerOrder> findByClientOrderId(BrokerConnection account, String clientOrderId);

    /** The account's value, open positions and result since 00:00 UTC, read together. */
    AccountState state(BrokerConnection account);

    /** Cancels an open order; false when it is no longer open. */
    boolean cancel(BrokerConnection account, String clientOrderId);
}
