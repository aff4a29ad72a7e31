package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.communities.entity.CommunityTerms;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.MemberRefusal;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.Follower;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.execution.entity.PlannedOrder;
import org.tradeexecutor.execution.entity.SliceReads;
import org.tradeexecutor.platform.control.CorrelationIds;
import org.tradeexecutor.risk.entity.RiskState;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.subscriptions.entity.AutoExecute;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides, for each follower of a slice, the execution a signal makes (PRODUCT X1–X3): who may trade, the planner's
 * order, and each entry's place in the follower's limits ({@link EntryReservations}) — a follower decided for meanwhile
 * by another signal is decided again with what it now sees. Every follower on its own: one whose account cannot be
 * read, or whose planning fails, is put off (logged, counted in {@code execution_followers_deferred_total{why}}) and
 * decided again at the signal's next run, while the others go on; one still put off {@code FAN_OUT_RETRY_MINUTES}
 * after the signal arrived is refused with the reason, rather than sent late into a market that moved.
 */
@ApplicationScoped
public class FollowerDecisions {

    private static final Logger LOG = Logger.getLogger(FollowerDecisions.class.getName());
    /** Re-decisions of a follower whose reservation keeps losing (other signals at the same moment) before giving up. */
    private static final int MAX_REDECISIONS = 5;

    @Inject
    OrderPlanner planner;

    @Inject
    EntryReservations reservations;

    @Inject
    BrokerConnections connections;

    @Inject
    UnbookedFills unbooked;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "CONFIRMATION_MINUTES", defaultValue = "15")
    long confirmationMinutes;

    @Inject
    @ConfigProperty(name = "FAN_OUT_RETRY_MINUTES", defaultValue = "5")
    long retryMinutes;

    /** A slice's decisions: the executions to store (and send, those PLANNED), and how many followers were put off. */
    public record Decided(List<Execution> executions, int deferred) {
    }

    /** One follower's decision: an execution (with an entry's value), nothing asked of them, or put off. */
    private record Decision(Execution execution, BigDecimal value, boolean deferred) {
        static final Decision NOTHING = new Decision(null, null, false);
        static final Decision DEFERRED = new Decision(null, null, true);
    }

    /**
     * @param alreadyStored followers (by user id) whose execution an earlier run stored: nothing is decided for them
     */
    public Decided decide(SignalAccepted accepted, List<Subscription> slice, CommunityTerms terms, Instant received, SliceReads reads,
                          Set<String> alreadyStored) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (Subscription subscription : slice) {
            if (!alreadyStored.contains(subscription.getUserId())) {
                decisions.put(subscription.getUserId(), decide(accepted, subscription, terms, received, reads, reads.reservations()));
            }
        }
        reserveEntries(accepted, slice, terms, received, reads, decisions);
        List<Execution> executions = new ArrayList<>();
        int deferred = 0;
        for (Decision decision : decisions.values()) {
            if (decision.execution() != null) {
                executions.add(decision.execution());
            }
            deferred += decision.deferred() ? 1 : 0;
        }
        return new Decided(executions, deferred);
    }

    /** Entries that go ahead take their place in the followers' limits; a follower whose place was taken meanwhile is decided again. */
    private void reserveEntries(SignalAccepted accepted, List<Subscription> slice, CommunityTerms terms, Instant received, SliceReads reads,
                                Map<String, Decision> decisions) {
        Map<String, RiskState> read = reads.reservations();
        for (int round = 0; round <= MAX_REDECISIONS; round++) {
            Map<Execution, BigDecimal> entries = new HashMap<>();
            decisions.values().stream().filter(d -> d.value() != null).forEach(d -> entries.put(d.execution(), d.value()));
            Set<String> lost = reservations.reserve(read, entries);
            if (lost.isEmpty()) {
                return;
            }
            read = reservations.current(lost);
            for (Subscription subscription : slice) {
                String userId = subscription.getUserId();
                if (lost.contains(userId)) {
                    decisions.put(userId, round == MAX_REDECISIONS ? Decision.DEFERRED
                            : decide(accepted, subscription, terms, received, fresh(reads, userId), read));
                }
            }
            Set<String> retried = lost;
            decisions.replaceAll((userId, d) -> retried.contains(userId) ? d : new Decision(d.execution(), null, d.deferred()));
        }
    }

    private Decision decide(SignalAccepted accepted, Subscription subscription, CommunityTerms terms, Instant received, SliceReads reads,
                            Map<String, RiskState> reserved) {
        String userId = subscription.getUserId();
        UserStanding user = reads.users().get(userId);
        if (user == null) {
            return Decision.NOTHING;
        }
        ExecutionKey key = OrderPlanner.keyOf(accepted.signalId(), userId, accepted.signal());
        BrokerConnection account = reads.accounts().get(userId);
        boolean entry = accepted.signal().kind() == SignalKind.ENTRY;
        // An entry opens something; an exit only reduces, which a suspended member may still have done for them.
        Optional<MemberRefusal> refusal = refusal(user, reads.memberships().get(userId), entry ? MemberAction.TRADE : MemberAction.REDUCE);
        if (refusal.isPresent()) {
            return decided(accepted, key, user, account, refused(accepted, refusal.get().message()), received);
        }
        AccountState state = reads.states().get(account.id());
        if (state == null) {
            return putOff(accepted, key, user, account, received, "account", "The broker account could not be read");
        }
        try {
            // A reservation of this very execution (made by a run that stopped before storing it) is not another entry.
            RiskState others = reserved.getOrDefault(userId, RiskState.none(userId)).keeping(r -> !r.executionId().equals(key.id()));
            AccountState seen = entry ? EntryReservations.including(state, others) : state;
            Optional<PlannedOrder> planned = planner.plan(accepted.signal(), accepted.providerId(), subscription.settings(),
                    autoExecute(subscription, terms), new Follower(userId, account, reads.profiles().get(userId), reads.breakers().get(userId), seen),
                    terms.tradingHours());
            if (planned.isEmpty() && !entry && unbooked.mayHoldUnbooked(userId)) {
                // An order of theirs may have filled a moment ago, its position not booked yet: nothing to close is not yet known.
                return putOff(accepted, key, user, account, received, "fill_being_booked", "A fill of this follower was still being booked");
            }
            return planned.map(order -> decided(accepted, key, user, account, order, received)).orElse(Decision.NOTHING);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deciding signal " + accepted.signalId() + " for " + user.username() + " failed; decided again at the next run", e);
            return putOff(accepted, key, user, account, received, "planning", "Deciding the order failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Decided again later, or — once the signal is too old to follow — refused with the reason. */
    private Decision putOff(SignalAccepted accepted, ExecutionKey key, UserStanding user, BrokerConnection account, Instant received, String why,
                            String reason) {
        metrics.counter("execution.followers_deferred", new Tag("why", why)).inc();
        if (clock.instant().isAfter(received.plus(Duration.ofMinutes(retryMinutes)))) {
            return decided(accepted, key, user, account, refused(accepted, reason + " for " + retryMinutes + " minutes after the signal; it was not followed."),
                    received);
        }
        return Decision.DEFERRED;
    }

    /** The follower's account read again, alone (another signal changed what it holds or reserves). */
    private SliceReads fresh(SliceReads reads, String userId) {
        BrokerConnection account = reads.accounts().get(userId);
        Map<String, AccountState> states = new HashMap<>(reads.states());
        try {
            states.put(account.id(), connections.adapterFor(account).state(account));
        } catch (RuntimeException unreadable) {
            states.remove(account.id());
        }
        return new SliceReads(reads.users(), reads.memberships(), reads.accounts(), reads.profiles(), reads.breakers(), states, reads.reservations());
    }

    private Decision decided(SignalAccepted accepted, ExecutionKey key, UserStanding user, BrokerConnection account, PlannedOrder order, Instant received) {
        OrderRequest request = order.order();
        Instant now = clock.instant();
        Execution execution = new Execution(key, user.username(), accepted.communityId(), accepted.providerId(), account,
                new OrderRequest(key.clientOrderId(), request.symbol(), request.side(), request.kind(), request.quantity(), request.limitPrice(),
                        request.stopPrice(), request.trailPercent()), order.state(), order.reason(),
                order.decision() == null ? "sizing" : order.decision().rule(), received, now,
                order.state() == ExecutionState.AWAITING_CONFIRMATION ? now.plus(Duration.ofMinutes(confirmationMinutes)) : null);
        execution.correlate(CorrelationIds.current().orElse(null)); // the signal's, set by the fan-out
        boolean takesPlace = order.value() != null && (order.state() == ExecutionState.PLANNED || order.state() == ExecutionState.AWAITING_CONFIRMATION);
        return new Decision(execution, takesPlace ? order.value() : null, false);
    }

    private static PlannedOrder refused(SignalAccepted accepted, String reason) {
        String leg = accepted.signal().kind() == SignalKind.ENTRY ? OrderPlanner.ENTRY_LEG : OrderPlanner.EXIT_LEG;
        return new PlannedOrder(leg, new OrderRequest(null, accepted.signal().symbol(), OrderSide.BUY, OrderKind.MARKET, BigDecimal.ZERO, null, null, null),
                ExecutionState.RISK_REJECTED, reason, null);
    }

    /** The one rule of who may do what in a community (the same as for REST and pages). */
    private static Optional<MemberRefusal> refusal(UserStanding user, Membership membership, MemberAction action) {
        return membership == null ? Optional.of(MemberRefusal.NOT_A_MEMBER) : membership.refusal(user.status() == AccountStatus.ACTIVE, action);
    }

    private static boolean autoExecute(Subscription subscription, CommunityTerms terms) {
        AutoExecute setting = subscription.settings().autoExecute();
        return setting == AutoExecute.ON || (setting == AutoExecute.INHERIT && terms.autoExecuteByDefault());
    }
}
