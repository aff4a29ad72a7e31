package org.tradeexecutor.execution.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.execution.entity.PlannedOrder;
import org.tradeexecutor.signals.control.SignalLifecycle;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.UpdateAction;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.AutoExecute;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A VALID signal reaches every active subscription of its provider in its community (PRODUCT X1). The intake's
 * thread only hands the signal over; the fan-out runs on the managed executor. For each follower the execution is
 * inserted under its key before anything is sent, so running the fan-out again (after a crash, or for a signal
 * delivered twice) plans and sends nothing twice. The signal is EXECUTING while this runs and EXECUTED after.
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
    UserRepository users;

    @Inject
    BrokerConnections connections;

    @Inject
    OrderPlanner planner;

    @Inject
    ExecutionRepository executions;

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

    /** Followers are served by this many tasks at once; each follower's steps stay in order. */
    @Inject
    @ConfigProperty(name = "FAN_OUT_PARALLELISM", defaultValue = "16")
    int parallelism;

    void onAccepted(@Observes SignalAccepted accepted) {
        executor.execute(() -> run(accepted));
    }

    /**
     * Plans and sends the orders of one signal for all its followers, {@code FAN_OUT_PARALLELISM} followers at a time;
     * safe to run again. Nothing waits on a pool thread: the parts run on the managed executor and the last one to
     * finish marks the signal EXECUTED.
     */
    public CompletableFuture<Void> run(SignalAccepted accepted) {
        try {
            lifecycle.markExecuting(accepted.signalId());
            Instant received = lifecycle.find(accepted.signalId()).map(Signal::getReceivedAt).orElse(clock.instant());
            boolean communityDefault = memberships.community(accepted.communityId()).map(Community::isAutoExecuteByDefault).orElse(false);
            List<Subscription> followers = subscriptions.activeFollowers(accepted.communityId(), accepted.providerId());
            List<CompletableFuture<Void>> parts = new ArrayList<>();
            for (int part = 0; part < Math.min(parallelism, Math.max(1, followers.size())); part++) {
                int first = part;
                parts.add(CompletableFuture.runAsync(() -> {
                    List<Execution> sent = new ArrayList<>();
                    for (int i = first; i < followers.size(); i += parallelism) {
                        planAndSend(accepted, followers.get(i), communityDefault, received).ifPresent(sent::add);
                    }
                    // Entries first, for every follower; then what their fills set off (positions, protective orders).
                    sent.forEach(submitter::announceSent);
                }, executor));
            }
            return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
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

    /** @return the order sent for this follower, whose outcome the caller announces */
    private Optional<Execution> planAndSend(SignalAccepted accepted, Subscription subscription, boolean communityDefault, Instant received) {
        ExecutionKey key = OrderPlanner.keyOf(accepted.signalId(), subscription.getUserId(), accepted.signal());
        Optional<Execution> earlier = executions.findById(key.id());
        if (earlier.isPresent()) {
            if (earlier.get().getState() == ExecutionState.PLANNED) {
                submitter.submit(key.id());
            }
            return Optional.empty();
        }
        Optional<User> user = users.findById(subscription.getUserId());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        BrokerConnection account = connections.primaryOf(user.get().getId());
        UpdateAction action = accepted.signal().update() == null ? null : accepted.signal().update().action();
        if (action == UpdateAction.MOVE_STOP || action == UpdateAction.MOVE_STOP_TO_ENTRY) {
            if (memberIsActive(accepted.communityId(), user.get())) {
                protectiveOrders.moveStop(accepted, user.get().getId(), user.get().getUsername(), account);
            }
            return Optional.empty();
        }
        Optional<PlannedOrder> planned = memberIsActive(accepted.communityId(), user.get())
                ? planner.plan(accepted.signal(), user.get().getId(), accepted.providerId(), subscription.settings(), autoExecute(subscription, communityDefault), account)
                : Optional.of(new PlannedOrder(OrderPlanner.ENTRY_LEG, new OrderRequest(null, accepted.signal().symbol(), OrderSide.BUY,
                OrderKind.MARKET, BigDecimal.ZERO, null, null, null), ExecutionState.RISK_REJECTED, "The account or its membership of this community is not active.", null));
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        PlannedOrder order = planned.get();
        OrderRequest request = order.order();
        Instant now = clock.instant();
        Execution execution = new Execution(key, user.get().getUsername(), accepted.communityId(), accepted.providerId(), account,
                new OrderRequest(key.clientOrderId(), request.symbol(), request.side(), request.kind(), request.quantity(), request.limitPrice(),
                        request.stopPrice(), request.trailPercent()), order.state(), order.reason(),
                order.decision() == null ? "sizing" : order.decision().rule(), received, now,
                order.state() == ExecutionState.AWAITING_CONFIRMATION ? now.plus(Duration.ofMinutes(confirmationMinutes)) : null);
        if (order.state() == ExecutionState.PLANNED) {
            // Empty: another run planned it first (same key), and that one is the order.
            return submitter.insertAndSendUnannounced(execution, account);
        }
        try {
            executions.insert(execution);
        } catch (RuntimeException alreadyPlanned) {
            return Optional.empty();
        }
        if (order.state() == ExecutionState.RISK_REJECTED) {
            metrics.counter("risk.rejections", new Tag("rule", execution.getRiskRule().toLowerCase(Locale.ROOT))).inc();
            submitter.announce(execution, false);
        }
        return Optional.empty();
    }

    private boolean memberIsActive(String communityId, User user) {
        return user.getStatus() == AccountStatus.ACTIVE
                && memberships.find(communityId, user.getId()).map(Membership::getStatus).map(s -> s == MembershipStatus.ACTIVE).orElse(false);
    }

    private static boolean autoExecute(Subscription subscription, boolean communityDefault) {
        AutoExecute setting = subscription.settings().autoExecute();
        return setting == AutoExecute.ON || (setting == AutoExecute.INHERIT && communityDefault);
    }
}
