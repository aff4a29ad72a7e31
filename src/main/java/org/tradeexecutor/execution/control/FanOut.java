package org.tradeexecutor.execution.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.control.UserDirectory;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.communities.control.CommunityConfiguration;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.CommunityTerms;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.SliceReads;
import org.tradeexecutor.platform.control.CorrelationIds;
import org.tradeexecutor.platform.entity.ApplicationStopping;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.RiskState;
import org.tradeexecutor.signals.control.SignalLifecycle;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A VALID signal reaches every active subscription of its provider in its community (PRODUCT X1). The intake's
 * thread only hands the signal over; the fan-out runs on the managed executor, its followers split into
 * {@code FAN_OUT_PARALLELISM} slices of at least {@link #MIN_SLICE}. A slice reads what its followers need in one query per kind (users, memberships,
 * breakers, reservations, account states; the followers, their accounts and risk profiles and the community's terms are
 * kept between signals by their owners, see {@link org.tradeexecutor.platform.control.LookupCaches}), plans every follower in memory, stores all executions in one
 * write before any order is sent, sends them per broker as a batch and stores the outcomes in one write; then it
 * announces the fills (positions, protective orders follow from those). Running it again (after a crash, or for a
 * signal delivered twice) plans and sends nothing twice: an execution's key is its id. The signal is EXECUTING while
 * this runs and EXECUTED after.
 */
@ApplicationScoped
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class.getName());
    /**
     * Followers a slice takes at least: a slice's reads cost about the same for one follower as for fifty, so a few
     * followers are served by one slice rather than each by a slice of their own competing for the store.
     */
    static final int MIN_SLICE = 50;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Memberships memberships;

    @Inject
    CommunityConfiguration communityConfiguration;

    @Inject
    UserDirectory users;

    @Inject
    BrokerConnections connections;

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    FollowerDecisions decisions;

    @Inject
    EntryReservations reservations;

    @Inject
    FanOutRetries retries;

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionBatchWrites batchWrites;

    @Inject
    OrderSubmitter submitter;

    @Inject
    ProtectiveOrders protectiveOrders;

    @Inject
    UnbookedFills unbooked;

    @Inject
    SignalLifecycle lifecycle;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;


    /** A fan-out that did not finish runs again after this long. */
    @Inject
    @ConfigProperty(name = "FAN_OUT_RETRY_SECONDS", defaultValue = "30")
    long retrySeconds;

    /** A fan-out still running after this long is taken for dead (its instance stopped) and run again by the leader. */
    @Inject
    @ConfigProperty(name = "FAN_OUT_STALE_SECONDS", defaultValue = "60")
    long staleSeconds;

    /** Followers are split into this many slices served at once. */
    @Inject
    @ConfigProperty(name = "FAN_OUT_PARALLELISM", defaultValue = "4")
    int parallelism;

    /** Fan-outs started and not finished on this instance: a graceful stop waits for them. */
    private final AtomicInteger inFlight = new AtomicInteger();

    /** How long a graceful stop waits for the fan-outs in flight (what is left is finished by recovery after it). */
    @Inject
    @ConfigProperty(name = "SHUTDOWN_GRACE_SECONDS", defaultValue = "10")
    long graceSeconds;

    void onAccepted(@Observes SignalAccepted accepted) {
        inFlight.incrementAndGet();
        try {
            executor.execute(() -> run(accepted).whenComplete((done, failure) -> inFlight.decrementAndGet()));
        } catch (RuntimeException refused) { // the executor is stopping: recovery takes the signal up after the restart
            inFlight.decrementAndGet();
            throw refused;
        }
    }

    /** After intake closed ({@code Draining}), before the connections close: the fan-outs in flight finish, within the grace. */
    void finishInFlight(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.APPLICATION) ApplicationStopping stopping) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        int left = inFlight.get();
        if (left > 0) {
            LOG.warning(() -> left + " fan-out(s) still running after " + graceSeconds + " s: recovery finishes them after the restart");
        } else {
            LOG.info("Stopping: no fan-out in flight");
        }
    }

    /**
     * Plans and sends the orders of one signal for all its followers; safe to run again. Nothing waits on a pool
     * thread: the slices run on the managed executor and the last one to finish marks the signal EXECUTED — or, when a
     * follower was put off or a slice failed, leaves it EXECUTING and due again in {@code FAN_OUT_RETRY_SECONDS} (30).
     * While it runs it is due again in {@code FAN_OUT_STALE_SECONDS} (60), for the leader to finish should this
     * instance die on the way.
     */
    public CompletableFuture<Void> run(SignalAccepted accepted) {
        try {
            // Due again should this instance die on the way: the leader then runs it again (what was decided stays decided).
            retries.schedule(accepted.signalId(), clock.instant().plusSeconds(staleSeconds));
            Instant received = accepted.receivedAt() == null ? clock.instant() : accepted.receivedAt();
            String correlationId = accepted.correlationId();
            CommunityTerms terms = communityConfiguration.termsOf(accepted.communityId());
            List<Subscription> followers = subscriptions.activeFollowers(accepted.communityId(), accepted.providerId());
            int sliceSize = Math.max(MIN_SLICE, (followers.size() + parallelism - 1) / parallelism);
            List<CompletableFuture<Integer>> slices = new ArrayList<>();
            for (int from = 0; from < followers.size(); from += sliceSize) {
                List<Subscription> slice = followers.subList(from, Math.min(followers.size(), from + sliceSize));
                slices.add(CompletableFuture.supplyAsync(() -> CorrelationIds.within(correlationId, () -> serve(accepted, slice, terms, received)), executor));
            }
            // While the slices read and send (a write less before the first order), and before the last of them marks it EXECUTED.
            markExecuting(accepted);
            return CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new)).handle((done, failure) -> {
                int deferred = failure != null ? -1 : slices.stream().mapToInt(CompletableFuture::join).sum();
                if (deferred == 0) {
                    lifecycle.markExecuted(accepted.signalId());
                    retries.done(accepted.signalId());
                } else {
                    stopped(accepted, failure, deferred);
                }
                return null;
            });
        } catch (RuntimeException e) {
            stopped(accepted, e, -1);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Shown to hosts while the orders are planned; a start-up finds an unfinished signal by it or by its PARSED status alike. */
    private void markExecuting(SignalAccepted accepted) {
        try {
            lifecycle.markExecuting(accepted.signalId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signal " + accepted.signalId() + " could not be marked EXECUTING; its fan-out goes on", e);
        }
    }

    /** The signal stays EXECUTING and runs again when due; what was decided is not decided twice. */
    private void stopped(SignalAccepted accepted, Throwable failure, int deferred) {
        if (failure != null) {
            LOG.log(Level.SEVERE, "Fan-out of signal " + accepted.signalId() + " stopped; it runs again in " + retrySeconds + " s", failure);
        } else {
            LOG.warning(() -> "Fan-out of signal " + accepted.signalId() + " put off " + deferred + " followers; it runs again in " + retrySeconds + " s");
        }
        try {
            retries.schedule(accepted.signalId(), clock.instant().plusSeconds(retrySeconds));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Signal " + accepted.signalId() + " could not be scheduled again; it runs at the next start", e);
        }
    }

    /** @return how many followers were put off (to be decided at the signal's next run) */
    private int serve(SignalAccepted accepted, List<Subscription> slice, CommunityTerms terms, Instant received) {
        long started = System.nanoTime();
        List<String> userIds = slice.stream().map(Subscription::getUserId).toList();
        Map<String, UserStanding> usersById = users.standings(userIds);
        Map<String, Membership> membershipsByUser = memberships.find(accepted.communityId(), userIds);
        Map<String, BrokerConnection> accounts = connections.primaryOf(usersById.keySet());
        UpdateAction action = accepted.signal().update() == null ? null : accepted.signal().update().action();
        if (action == UpdateAction.MOVE_STOP || action == UpdateAction.MOVE_STOP_TO_ENTRY) {
            moveStops(accepted, usersById, membershipsByUser, accounts);
            return 0;
        }
        Map<String, Execution> earlier = executions.findByIdIn(slice.stream().map(s -> keyOf(accepted, s).id()).toList()).stream()
                .collect(Collectors.toMap(Execution::getId, e -> e, (a, b) -> a));
        boolean entry = accepted.signal().kind() == SignalKind.ENTRY;
        // Reservations before the accounts: an entry that is done (and so no longer reserved) is then in the account read.
        Map<String, RiskState> reserved = entry ? reservations.current(usersById.keySet()) : Map.of();
        SliceReads reads = new SliceReads(usersById, membershipsByUser, accounts, riskProfiles.of(usersById.keySet()),
                riskProfiles.breakers(usersById.keySet()), statesOf(accounts.values()), reserved);
        long read = System.nanoTime();

        Set<String> alreadyStored = new HashSet<>();
        for (Subscription subscription : slice) {
            Execution stored = earlier.get(keyOf(accepted, subscription).id());
            if (stored != null) {
                alreadyStored.add(subscription.getUserId());
                if (stored.getState() == ExecutionState.PLANNED) {
                    submitter.submit(stored.getId()); // planned by an earlier run that stopped before sending
                }
            }
        }
        FollowerDecisions.Decided decided = decisions.decide(accepted, slice, terms, received, reads, alreadyStored);
        List<Execution> toSend = decided.executions().stream().filter(e -> e.getState() == ExecutionState.PLANNED).toList();
        List<Execution> notSent = decided.executions().stream().filter(e -> e.getState() != ExecutionState.PLANNED).toList();
        long planned = System.nanoTime();
        Set<String> stored = batchWrites.insertNew(notSent);
        notSent.stream().filter(e -> stored.contains(e.getId()) && e.getState() == ExecutionState.RISK_REJECTED).forEach(rejected -> {
            metrics.counter("risk.rejections", new Tag("rule", rejected.getRiskRule().toLowerCase(Locale.ROOT))).inc();
            submitter.announce(rejected, false);
        });
        Map<String, BrokerConnection> accountsById = accounts.values().stream().collect(Collectors.toMap(BrokerConnection::id, a -> a, (a, b) -> a));
        // An exit sells what the protective orders hold at the broker: they are cancelled first.
        protectiveOrders.releaseAll(toSend.stream().filter(e -> e.getLeg().equals(OrderPlanner.EXIT_LEG)).toList(), accountsById);
        // Entries first, for every follower of the slice; then what their fills set off (positions, protective orders).
        List<Execution> sent;
        long ordersOut;
        long booked;
        try (UnbookedFills.Mark booking = unbooked.sending(toSend.stream().map(Execution::getUserId).toList())) {
            sent = submitter.insertAndSendAll(toSend, accountsById);
            ordersOut = System.nanoTime();
            // The fills' follow-up for the whole slice at once (positions booked…), each outcome told, then the entries' protection.
            submitter.announceSlice(sent);
            booked = System.nanoTime();
            protectiveOrders.protectAll(sent.stream().map(ExecutionView::of).toList(), accountsById);
            submitter.markFollowedUp(sent);
        }
        long done = System.nanoTime();
        long sinceReceived = Duration.between(received, clock.instant()).toMillis();
        LOG.info(() -> String.format("Fan-out of signal %s: %d followers, %d orders sent, %d put off; slice began %d ms after the signal was received; read %d ms, planned %d ms, stored and sent %d ms, follow-up %d ms (protection in bulk %d ms); %d ms after the signal in all",
                accepted.signalId(), slice.size(), sent.size(), decided.deferred(), sinceReceived - millis(started, done), millis(started, read), millis(read, planned),
                millis(planned, ordersOut), millis(ordersOut, done), millis(booked, done), sinceReceived));
        return decided.deferred();
    }

    /** "Move stop to …": each follower's stop on their position from this provider; one that fails does not stop the others. */
    private void moveStops(SignalAccepted accepted, Map<String, UserStanding> usersById, Map<String, Membership> membershipsByUser,
                           Map<String, BrokerConnection> accounts) {
        usersById.values().stream()
                .filter(user -> membershipsByUser.containsKey(user.id()) && membershipsByUser.get(user.id())
                        .refusal(user.status() == AccountStatus.ACTIVE, MemberAction.REDUCE).isEmpty())
                .forEach(user -> {
                    try {
                        protectiveOrders.moveStop(accepted, user.id(), user.username(), accounts.get(user.id()));
                    } catch (RuntimeException e) {
                        metrics.counter("execution.followers_deferred", new Tag("why", "move_stop")).inc();
                        LOG.log(Level.WARNING, "Moving the stop of " + user.username() + " for signal " + accepted.signalId() + " failed", e);
                    }
                });
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /**
     * Every account's state in as few calls as its broker allows (the paper broker: one query for all); an account (or
     * a broker) that cannot be read is missing, and its followers are put off.
     */
    private Map<String, AccountState> statesOf(Collection<BrokerConnection> accounts) {
        Map<String, AccountState> states = new HashMap<>();
        accounts.stream().collect(Collectors.groupingBy(connections::adapterFor)).forEach((broker, ofBroker) -> {
            try {
                states.putAll(broker.states(ofBroker));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, ofBroker.size() + " broker accounts could not be read; their followers are put off", e);
            }
        });
        return states;
    }

    private static ExecutionKey keyOf(SignalAccepted accepted, Subscription subscription) {
        return OrderPlanner.keyOf(accepted.signalId(), subscription.getUserId(), accepted.signal());
    }

}
