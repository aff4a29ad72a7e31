package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.risk.control.RiskStates;
import org.tradeexecutor.risk.entity.Reservation;
import org.tradeexecutor.risk.entity.RiskState;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entries on their way count in their trader's limits until the account has them ({@link RiskState}): a fan-out reads
 * its followers' reservations with their account states, decides, and reserves each planned entry at the version it
 * read. A follower decided for meanwhile by another signal (on any instance) loses the write and is decided again,
 * now seeing the other entry — so two signals at once cannot both take a place only one fits.
 */
@ApplicationScoped
public class EntryReservations {

    /** A reservation whose execution is not stored yet (planned a moment ago) is kept this long. */
    static final Duration UNSTORED_GRACE = Duration.ofMinutes(1);

    @Inject
    RiskStates riskStates;

    @Inject
    ExecutionRepository executions;

    @Inject
    Clock clock;

    /** The followers' reservations still on their way: entries that are done (in the account, refused, cancelled) drop out. */
    public Map<String, RiskState> current(Collection<String> userIds) {
        Map<String, RiskState> states = riskStates.of(userIds);
        Set<String> reservedIds = states.values().stream().flatMap(s -> s.reservations().stream()).map(Reservation::executionId)
                .collect(Collectors.toSet());
        if (reservedIds.isEmpty()) {
            return states;
        }
        Map<String, ExecutionState> stored = executions.findByIdIn(reservedIds).stream().collect(Collectors.toMap(Execution::getId, Execution::getState));
        Instant now = clock.instant();
        Map<String, RiskState> current = new HashMap<>();
        states.forEach((userId, state) -> current.put(userId, state.keeping(r -> onItsWay(stored.get(r.executionId()), r, now))));
        return current;
    }

    /** The account as the gate sees it with the follower's reservations counted. */
    public static AccountState including(AccountState account, RiskState reserved) {
        RiskState.AccountView view = reserved.including(account.snapshot(), account.positions());
        return new AccountState(view.account(), view.positions(), account.dailyPnl());
    }

    /**
     * Reserves each planned entry at the version its follower's state was read.
     *
     * @param planned the executions (PLANNED or AWAITING_CONFIRMATION entries) with their value, by user
     * @return the users whose reservation lost to a decision made meanwhile: to be decided again
     */
    public Set<String> reserve(Map<String, RiskState> read, Map<Execution, BigDecimal> planned) {
        Map<RiskState, Reservation> wanted = new HashMap<>();
        Instant now = clock.instant();
        planned.forEach((execution, value) -> wanted.put(read.getOrDefault(execution.getUserId(), RiskState.none(execution.getUserId())),
                new Reservation(execution.getId(), execution.getSymbol(), value, now)));
        Set<String> won = riskStates.reserve(wanted);
        return planned.keySet().stream().map(Execution::getUserId).filter(userId -> !won.contains(userId)).collect(Collectors.toSet());
    }

    private static boolean onItsWay(ExecutionState state, Reservation reservation, Instant now) {
        return state == null ? reservation.reservedAt().isAfter(now.minus(UNSTORED_GRACE)) : !state.isFinal();
    }
}
