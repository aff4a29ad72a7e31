package org.tradeexecutor.execution.control;

import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerUnavailableException;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderToSend;
import org.tradeexecutor.execution.entity.SendResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    /**
     * Cancels a working order and answers once it no longer works (a broker that cancels later is asked until it has);
     * false when it was no longer working.
     */
    boolean cancel(BrokerConnection account, String clientOrderId);

    /**
     * Cancels many working orders (each client order id with its account) and answers those cancelled — now, or
     * before without being recorded yet; the caller records them (a report of the same cancel, if the broker makes one, then changes
     * nothing). One {@link #cancel} each unless the broker can do better.
     */
    default Set<String> cancelAll(Map<String, BrokerConnection> accountsByClientOrderId) {
        Set<String> cancelled = new HashSet<>();
        accountsByClientOrderId.forEach((clientOrderId, account) -> {
            if (cancel(account, clientOrderId)) {
                cancelled.add(clientOrderId);
            }
        });
        return cancelled;
    }

    /** Whether a cancel is reported by the broker itself ({@code BrokerOrderChanged}, recorded there) before {@link #cancel} answers. */
    default boolean reportsItsCancels() {
        return false;
    }

    /** Moves the stop of a working order (a stop, or the stop of an OCO); false when it is no longer working. */
    boolean replaceStop(BrokerConnection account, String clientOrderId, BigDecimal stopPrice);

    /**
     * Several accounts' states, by connection id; one call each unless the broker can do better. An account that cannot
     * be read is left out (its followers are put off), the others are answered.
     */
    default Map<String, AccountState> states(Collection<BrokerConnection> accounts) {
        Map<String, AccountState> states = new HashMap<>();
        for (BrokerConnection account : accounts) {
            try {
                states.put(account.id(), state(account));
            } catch (RuntimeException unreadable) {
                Logger.getLogger(BrokerAdapter.class.getName()).log(Level.WARNING, "Broker account " + account.id() + " could not be read", unreadable);
            }
        }
        return states;
    }

    /**
     * Sends a batch of orders (a fan-out's); one answer per order, in order. An order whose send failed in flight is
     * answered as unknown, never left out.
     */
    default List<SendResult> submitAll(List<OrderToSend> orders) {
        List<SendResult> results = new ArrayList<>();
        for (OrderToSend send : orders) {
            try {
                results.add(SendResult.answered(submit(send.account(), send.order())));
            } catch (RuntimeException e) {
                results.add(SendResult.unknown(send.order().clientOrderId(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return results;
    }
}
