package org.tradeexecutor.execution.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.control.UserDirectory;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.MemberRefusal;
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
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.signals.control.SignalLifecycle;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.AutoExecute;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A VALID signal reaches every active subscription of its provider in its community (PRODUCT X1). The intake's
 * thread only hands the signal over; the fan-out runs on the managed executor, its followers split into
 * {@code FAN_OUT_PARALLELISM} slices. A slice reads what its followers need in one query per kind (users, memberships,
 * accounts, risk profiles, breakers, account states), plans every follower in memory, stores all executions in one
 * write before any order is sent, sends them per broker as a batch and stores the outcomes in one write; then it
 * announces the fills (positions, protective orders follow from those). Running it again (after a crash, or for a
 * signal delivered twice) plans and sends nothing twice: an execution's key is its id. The signal is EXECUTING while
 * this runs and EXECUTED after.
 */
@ApplicationScoped
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Memberships memberships;

    @Inject
    UserDirectory users;

    @Inject
    BrokerConnections connections;

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    OrderPlanner planner;

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionBatchWrites batchWrites;

    @Inject
    OrderSubmitter submitter;

    @Inject
    ProtectiveOrders protectiveOrders;

    @Inject
    SignalLifecycle lifecycle;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "CONFIRMATION_MINUTES", defaultValue = "15")
    long confirmationMinutes;

    /** Followers are split into this many slices served at once. */
    @Inject
    @ConfigProperty(name = "FAN_OUT_PARALLELISM", defaultValue = "4")
    int parallelism;

    void onAccepted(@Observes SignalAccepted accepted) {
        executor.execute(() -> run(accepted));
    }

    /**
     * Plans and sends the orders of one signal for all its followers; safe to run again. Nothing waits on a pool
     * thread: the slices run on the managed executor and the last one to finish marks the signal EXECUTED.
     */
    public CompletableFuture<Void> run(SignalAccepted accepted) {
        try {
            lifecycle.markExecuting(accepted.signalId());
            Instant received = lifecycle.find(accepted.signalId()).map(Signal::getReceivedAt).orElse(clock.instant());
            boolean communityDefault = memberships.community(accepted.communityId()).map(Community::isAutoExecuteByDefault).orElse(false);
            List<Subscription> followers = subscriptions.activeFollowers(accepted.communityId(), accepted.providerId());
            int sliceSize = Math.max(1, (followers.size() + parallelism - 1) / parallelism);
            List<CompletableFuture<Void>> slices = new ArrayList<>();
            for (int from = 0; from < followers.size(); from += sliceSize) {
                List<Subscription> slice = followers.subList(from, Math.min(followers.size(), from + sliceSize));
                slices.add(CompletableFuture.runAsync(() -> serve(accepted, slice, communityDefault, received), executor));
            }
            return CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
                if (failure == null) {
                    lifecycle.markExecuted(accepted.signalId());
                } else {
                    stopped(accepted, failure);
                }
            });
        } catch (RuntimeException e) {
            stopped(accepted, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The signal stays EXECUTING; recovery runs it again, and what was planned is not planned twice. */
    private static void stopped(SignalAccepted accepted, Throwable failure) {
        LOG.log(Level.SEVERE, "Fan-out of signal " + accepted.signalId() + " stopped; it resumes at the next start", failure);
    }

    private void serve(SignalAccepted accepted, List<Subscription> slice, boolean communityDefault, Instant received) {
        long started = System.nanoTime();
        List<String> userIds = slice.stream().map(Subscription::getUserId).toList();
        Map<String, UserStanding> usersById = users.standings(userIds);
        Map<String, Membership> membershipsByUser = memberships.find(accepted.communityId(), userIds);
        Map<String, BrokerConnection> accounts = connections.primaryOf(usersById.keySet());
        UpdateAction action = accepted.signal().update() == null ? null : accepted.signal().update().action();
        if (action == UpdateAction.MOVE_STOP || action == UpdateAction.MOVE_STOP_TO_ENTRY) {
            usersById.values().stream().filter(user -> refusal(user, membershipsByUser.get(user.id()), MemberAction.REDUCE).isEmpty())
                    .forEach(user -> protectiveOrders.moveStop(accepted, user.id(), user.username(), accounts.get(user.id())));
            return;
        }
        Map<String, Execution> earlier = executions.findByIdIn(slice.stream().map(s -> keyOf(accepted, s).id()).toList()).stream()
                .collect(Collectors.toMap(Execution::getId, e -> e, (a, b) -> a));
        Map<String, RiskProfile> profiles = riskProfiles.of(usersById.keySet());
        Map<String, BreakerState> breakers = riskProfiles.breakers(usersById.keySet());
        Map<String, AccountState> states = statesOf(accounts.values());
        long read = System.nanoTime();

        List<Execution> toSend = new ArrayList<>();
        List<Execution> notSent = new ArrayList<>();
        for (Subscription subscription : slice) {
            ExecutionKey key = keyOf(accepted, subscription);
            UserStanding user = usersById.get(subscription.getUserId());
            if (earlier.containsKey(key.id())) {
                if (earlier.get(key.id()).getState() == ExecutionState.PLANNED) {
                    submitter.submit(key.id()); // planned by an earlier run that stopped before sending
                }
                continue;
            }
            if (user == null) {
                continue;
            }
            BrokerConnection account = accounts.get(user.id());
            // An entry opens something; an exit only reduces, which a suspended member may still have done for them.
            MemberAction needed = accepted.signal().kind() == SignalKind.ENTRY ? MemberAction.TRADE : MemberAction.REDUCE;
            Optional<MemberRefusal> refusal = refusal(user, membershipsByUser.get(user.id()), needed);
            Optional<PlannedOrder> planned = refusal.isEmpty()
                    ? planner.plan(accepted.signal(), accepted.providerId(), subscription.settings(), autoExecute(subscription, communityDefault),
                    new Follower(user.id(), account, profiles.get(user.id()), breakers.get(user.id()), states.get(account.id())))
                    : Optional.of(refused(accepted, refusal.get()));
            planned.map(order -> newExecution(accepted, key, user, account, order, received))
                    .ifPresent(execution -> (execution.getState() == ExecutionState.PLANNED ? toSend : notSent).add(execution));
        }
        long planned = System.nanoTime();
        Set<String> stored = batchWrites.insertNew(notSent);
        notSent.stream().filter(e -> stored.contains(e.getId()) && e.getState() == ExecutionState.RISK_REJECTED).forEach(rejected -> {
            metrics.counter("risk.rejections", new Tag("rule", rejected.getRiskRule().toLowerCase(Locale.ROOT))).inc();
            submitter.announce(rejected, false);
        });
        Map<String, BrokerConnection> accountsById = accounts.values().stream().collect(Collectors.toMap(BrokerConnection::id, a -> a, (a, b) -> a));
        // Entries first, for every follower of the slice; then what their fills set off (positions, protective orders).
        List<Execution> sent = submitter.insertAndSendAll(toSend, accountsById);
        long ordersOut = System.nanoTime();
        submitter.announceAllSent(sent);
        LOG.info(() -> String.format("Fan-out of signal %s: %d followers, %d orders sent; read %d ms, planned %d ms, stored and sent %d ms, follow-up %d ms",
                accepted.signalId(), slice.size(), sent.size(), millis(started, read), millis(read, planned), millis(planned, ordersOut),
                millis(ordersOut, System.nanoTime())));
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /** Every account's state in as few calls as its broker allows (the paper broker: one query for all). */
    private Map<String, AccountState> statesOf(Collection<BrokerConnection> accounts) {
        Map<String, AccountState> states = new HashMap<>();
        accounts.stream().collect(Collectors.groupingBy(connections::adapterFor))
                .forEach((broker, ofBroker) -> states.putAll(broker.states(ofBroker)));
        return states;
    }

    private Execution newExecution(SignalAccepted accepted, ExecutionKey key, UserStanding user, BrokerConnection account, PlannedOrder order, Instant received) {
        OrderRequest request = order.order();
        Instant now = clock.instant();
        return new Execution(key, user.username(), accepted.communityId(), accepted.providerId(), account,
                new OrderRequest(key.clientOrderId(), request.symbol(), request.side(), request.kind(), request.quantity(), request.limitPrice(),
                        request.stopPrice(), request.trailPercent()), order.state(), order.reason(),
                order.decision() == null ? "sizing" : order.decision().rule(), received, now,
                order.state() == ExecutionState.AWAITING_CONFIRMATION ? now.plus(Duration.ofMinutes(confirmationMinutes)) : null);
    }

    private static PlannedOrder refused(SignalAccepted accepted, MemberRefusal refusal) {
        String leg = accepted.signal().kind() == SignalKind.ENTRY ? OrderPlanner.ENTRY_LEG : OrderPlanner.EXIT_LEG;
        return new PlannedOrder(leg, new OrderRequest(null, accepted.signal().symbol(),
                OrderSide.BUY, OrderKind.MARKET, BigDecimal.ZERO, null, null, null), ExecutionState.RISK_REJECTED, refusal.message(), null);
    }

    private static ExecutionKey keyOf(SignalAccepted accepted, Subscription subscription) {
        return OrderPlanner.keyOf(accepted.signalId(), subscription.getUserId(), accepted.signal());
    }

    /** The one rule of who may do what in a community (the same as for REST and pages). */
    private static Optional<MemberRefusal> refusal(UserStanding user, Membership membership, MemberAction action) {
        return membership == null ? Optional.of(MemberRefusal.NOT_A_MEMBER) : membership.refusal(user.status() == AccountStatus.ACTIVE, action);
    }

    private static boolean autoExecute(Subscription subscription, boolean communityDefault) {
        AutoExecute setting = subscription.settings().autoExecute();
        return setting == AutoExecute.ON || (setting == AutoExecute.INHERIT && communityDefault);
    }
}
