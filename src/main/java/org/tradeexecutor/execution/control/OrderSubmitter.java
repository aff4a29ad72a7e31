package org.tradeexecutor.execution.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerOrderChanged;
import org.tradeexecutor.execution.entity.BrokerUnavailableException;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderRejected;
import org.tradeexecutor.execution.entity.OrderSubmitted;
import org.tradeexecutor.execution.entity.OrderToSend;
import org.tradeexecutor.execution.entity.SendResult;
import org.tradeexecutor.execution.entity.SliceFilled;
import org.tradeexecutor.platform.control.CorrelationIds;
import org.tradeexecutor.platform.control.FailPoints;
import org.tradeexecutor.platform.control.StripedLocks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends planned orders and settles their outcome (PRODUCT X4). An execution is saved as SUBMITTED before the broker is
 * called; a send that times out or fails in flight becomes UNKNOWN and is settled by {@link #reconcile} — looking the
 * order up by its client order id — never by sending it again. Only an order the broker has never seen is sent (once
 * more, under the same client order id, which the broker would refuse to execute twice anyway).
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = OrderSubmitter.FOLLOW_UPS, maxAsync = OrderSubmitter.FOLLOW_UPS_AT_ONCE)
public class OrderSubmitter {

    /** Its own pool: the slices waiting on their followers' follow-ups run on the default one. */
    static final String FOLLOW_UPS = "java:app/concurrent/FollowUps";
    static final int FOLLOW_UPS_AT_ONCE = 32;

    @Resource(lookup = FOLLOW_UPS)
    ManagedExecutorService followUpExecutor;

    private static final Logger LOG = Logger.getLogger(OrderSubmitter.class.getName());
    /** Per-execution locks, so that a fill reported by the broker and the answer to the send never overwrite each other. */
    private static final StripedLocks LOCKS = new StripedLocks(1024);
    /** Fail points of a fan-out's batch (docs/RELIABILITY.md): its executions stored, none sent; sent, outcomes not stored. */
    public static final String ORDERS_STORED = "fan-out.orders-stored";
    public static final String ORDERS_SENT = "fan-out.orders-sent";

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionBatchWrites batchWrites;

    @Inject
    BrokerConnections connections;

    @Inject
    MetricRegistry metrics;

    @Inject
    Event<OrderSubmitted> submitted;

    @Inject
    Event<OrderFilled> filled;

    @Inject
    Event<SliceFilled> sliceFilled;

    @Inject
    Event<OrderRejected> rejected;

    @Inject
    AlpacaOpenOrders openAlpacaOrders;

    @Inject
    FailPoints failPoints;

    @Inject
    UnbookedFills unbooked;

    @Inject
    Clock clock;

    /** Sends a PLANNED execution; anything else is left as it is. */
    public void submit(String executionId) {
        executions.findById(executionId).filter(e -> e.getState() == ExecutionState.PLANNED).ifPresent(planned -> {
            try (UnbookedFills.Mark booking = unbooked.sending(List.of(planned.getUserId()))) {
                Optional<Execution> sent;
                synchronized (lockOf(executionId)) {
                    sent = executions.findById(executionId).filter(e -> e.getState() == ExecutionState.PLANNED)
                            .map(execution -> send(execution, connectionOf(execution)));
                }
                sent.ifPresent(execution -> announce(execution, true));
            }
        });
    }

    /**
     * Stores a newly planned execution as SUBMITTED and sends it. The insert is the record that the order is on its way,
     * made before the broker hears of it; one write instead of storing PLANNED and then SUBMITTED.
     *
     * @return false when an execution with the same key exists already (planned by another run, or a second click):
     * nothing is sent
     */
    public boolean insertAndSend(Execution execution, BrokerConnection account) {
        try (UnbookedFills.Mark booking = unbooked.sending(List.of(execution.getUserId()))) {
            synchronized (lockOf(execution.getId())) {
                execution.moveTo(ExecutionState.SUBMITTED, null, clock.instant());
                try {
                    executions.insert(execution);
                } catch (RuntimeException alreadyPlanned) {
                    return false;
                }
                sendStored(execution, account);
            }
            announceSent(execution);
            return true;
        }
    }

    /**
     * A fan-out's new orders in a few round trips: all stored as SUBMITTED at once (the record that they are on their
     * way, made before any broker hears of them), sent per broker as a batch, their outcomes stored at once.
     *
     * @param accounts the broker accounts of the executions, by id
     * @return the executions sent, for the caller to announce; those stored before (same key) are left out, nothing is
     * sent for them
     */
    public List<Execution> insertAndSendAll(List<Execution> planned, Map<String, BrokerConnection> accounts) {
        Instant now = clock.instant();
        planned.forEach(execution -> execution.moveTo(ExecutionState.SUBMITTED, null, now));
        Set<String> inserted = batchWrites.insertNew(planned);
        List<Execution> sending = planned.stream().filter(e -> inserted.contains(e.getId())).toList();
        failPoints.reach(ORDERS_STORED);
        Instant sentAt = clock.instant();
        sending.forEach(execution -> execution.sent(sentAt));
        Map<BrokerAdapter, List<Execution>> byBroker = sending.stream()
                .collect(Collectors.groupingBy(e -> connections.adapterFor(accounts.get(e.getBrokerConnectionId())), LinkedHashMap::new, Collectors.toList()));
        byBroker.forEach((broker, executionsOfBroker) -> sendBatch(broker, executionsOfBroker, accounts));
        failPoints.reach(ORDERS_SENT);
        Set<String> saved = batchWrites.saveWhereStill(sending, ExecutionState.SUBMITTED);
        sending.forEach(this::measureLatency);
        // One that moved on meanwhile (a fill the broker reported) was announced by the broker's change already.
        return sending.stream().filter(e -> saved.contains(e.getId())).toList();
    }

    private void sendBatch(BrokerAdapter broker, List<Execution> batch, Map<String, BrokerConnection> accounts) {
        List<SendResult> results;
        try {
            results = broker.submitAll(batch.stream().map(e -> new OrderToSend(accounts.get(e.getBrokerConnectionId()), e.order())).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending a batch of " + batch.size() + " orders failed in flight", e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            results = batch.stream().map(execution -> SendResult.unknown(execution.getClientOrderId(), why)).toList();
        }
        Instant answeredAt = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            Execution execution = batch.get(i);
            SendResult result = results.get(i);
            if (result.order() != null) {
                execution.record(result.order(), answeredAt);
            } else {
                execution.moveTo(ExecutionState.UNKNOWN, "Outcome unknown (" + result.unknownBecause() + "); it is looked up at the broker, not sent again.",
                        answeredAt);
            }
        }
    }

    public void announceSent(Execution execution) {
        announce(execution, true);
    }

    /** Announces a batch's outcomes ({@link #announceAll}), then marks the fills among them as followed up, in one write. */
    public void announceAllSent(List<Execution> sent) {
        announceAll(sent);
        markFollowedUp(sent);
    }

    /** The fills among them have had their follow-up: a restart replays them no more. */
    public void markFollowedUp(List<Execution> sent) {
        batchWrites.markFollowedUp(sent.stream().filter(e -> e.getState() == ExecutionState.FILLED).map(Execution::getId).toList());
    }

    /**
     * Announces a batch's outcomes, each follower's on its own (up to {@link #FOLLOW_UPS_AT_ONCE} at once: one fill's
     * follow-up is a few writes in a row, and followers writing together share the store's commits instead of waiting
     * for one each). One that fails fails the batch: none is marked followed up, and they are replayed (each observer
     * acts once).
     */
    public void announceAll(List<Execution> sent) {
        announceAll(sent, false);
    }

    /**
     * A fan-out slice's outcomes: first its fills together ({@link SliceFilled}: counters, positions and notices
     * written for all at once), then each outcome as {@link #announceAll(List)} does, its fills saying they came with
     * the slice. What fails fails the slice, as there.
     */
    public void announceSlice(List<Execution> sent) {
        List<ExecutionView> fills = sent.stream().filter(OrderSubmitter::announcesFill).map(ExecutionView::of).toList();
        if (!fills.isEmpty()) {
            sliceFilled.fire(new SliceFilled(fills));
        }
        announceAll(sent, true);
    }

    private void announceAll(List<Execution> sent, boolean withSlice) {
        String correlationId = CorrelationIds.current().orElse(null);
        List<CompletableFuture<Void>> followUps = sent.stream()
                .map(execution -> CompletableFuture.runAsync(() -> CorrelationIds.within(correlationId, () -> announceOutcome(execution, true, withSlice)),
                        followUpExecutor))
                .toList();
        try {
            CompletableFuture.allOf(followUps.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * Sends under the execution's lock; the caller announces the outcome after releasing it — observers of a fill place
     * further orders (protective ones), and holding one lock while taking another in another order would deadlock.
     */
    private Execution send(Execution execution, BrokerConnection account) {
        execution.moveTo(ExecutionState.SUBMITTED, null, clock.instant());
        executions.save(execution);
        return sendStored(execution, account);
    }

    /** Sends an execution already stored as SUBMITTED and saves the outcome. */
    private Execution sendStored(Execution execution, BrokerConnection account) {
        execution.sent(clock.instant());
        try {
            BrokerOrder order = connections.adapterFor(account).submit(account, execution.order());
            execution.record(order, clock.instant());
        } catch (BrokerUnavailableException e) {
            execution.moveTo(ExecutionState.UNKNOWN, "Outcome unknown (" + e.getMessage() + "); it is looked up at the broker, not sent again.", clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending " + execution.getId() + " failed in flight", e);
            execution.moveTo(ExecutionState.UNKNOWN, "Outcome unknown (" + e.getClass().getSimpleName() + "); it is looked up at the broker, not sent again.", clock.instant());
        }
        executions.save(execution);
        measureLatency(execution);
        return execution;
    }

    /** Settles a SUBMITTED or UNKNOWN execution by looking its order up at the broker. */
    public void reconcile(String executionId) {
        boolean neverArrived;
        Execution settled = null;
        synchronized (lockOf(executionId)) {
            Optional<Execution> found = executions.findById(executionId)
                    .filter(e -> e.getState() == ExecutionState.SUBMITTED || e.getState() == ExecutionState.UNKNOWN);
            if (found.isEmpty()) {
                return;
            }
            Execution execution = found.get();
            Optional<BrokerConnection> account = connections.find(execution.getBrokerConnectionId());
            if (account.isEmpty()) {
                // Nothing to ask: it stays UNKNOWN (the broker may still hold it), said once, and the other orders go on.
                String gone = "Outcome unknown: the broker account was removed, so the order cannot be looked up; check it at the broker.";
                if (!gone.equals(execution.getReason())) {
                    execution.explain(gone, clock.instant());
                    executions.save(execution);
                }
                metrics.counter("execution.recovery_failures", new Tag("task", "account_removed")).inc();
                return;
            }
            Optional<BrokerOrder> atBroker;
            try {
                atBroker = connections.adapterFor(account.get()).findByClientOrderId(account.get(), execution.getClientOrderId());
            } catch (RuntimeException e) {
                // Unreachable, timed out, circuit open: still unknown, asked again at the next round.
                execution.moveTo(ExecutionState.UNKNOWN, "Outcome unknown; the broker could not be asked (" + e.getMessage() + ").", clock.instant());
                executions.save(execution);
                return;
            }
            if (atBroker.isPresent()) {
                execution.record(atBroker.get(), clock.instant());
            } else {
                execution.moveTo(ExecutionState.PLANNED, "The broker never received it; sent now.", clock.instant());
            }
            executions.save(execution);
            neverArrived = atBroker.isEmpty();
            if (!neverArrived) {
                settled = execution;
            }
        }
        if (settled != null) {
            announce(settled, true);
        }
        if (neverArrived) {
            submit(executionId);
        }
    }

    /**
     * A working order filled (in part or completely) or was cancelled at the broker. Reports come repeated and out of
     * order (a broker's stream, a look-up): only one that moves the order on — to a later state, or to more filled —
     * is taken; a final state never changes.
     */
    void onBrokerChange(@Observes BrokerOrderChanged change) {
        executions.findByClientOrderId(change.order().clientOrderId()).ifPresent(found -> {
            try (UnbookedFills.Mark booking = unbooked.sending(List.of(found.getUserId()))) {
                Execution changed = null;
                synchronized (lockOf(found.getId())) {
                    Execution execution = executions.findById(found.getId()).orElseThrow();
                    if (movesOn(execution, change.order())) {
                        execution.record(change.order(), clock.instant());
                        executions.save(execution);
                        changed = execution;
                    }
                }
                if (changed != null) {
                    announce(changed, false);
                }
            }
        });
    }

    /** Whether a broker's report is news: a later state, or more filled in the same partly filled state. */
    static boolean movesOn(Execution execution, BrokerOrder order) {
        ExecutionState next = order.status().asExecutionState();
        BigDecimal before = execution.getFilledQuantity() == null ? BigDecimal.ZERO : execution.getFilledQuantity();
        BigDecimal after = order.filledQuantity() == null ? BigDecimal.ZERO : order.filledQuantity();
        if (after.compareTo(before) < 0) {
            return false; // an older report arriving late
        }
        if (next == execution.getState()) {
            return next == ExecutionState.PARTIALLY_FILLED && after.compareTo(before) > 0;
        }
        return next.canFollow(execution.getState());
    }

    /**
     * Announces a fill again after a restart: the process stopped after the fill was stored and before its follow-up
     * (position booked, protective orders placed) had run. Observers book and place each at most once.
     */
    public void replayFill(Execution execution) {
        try (UnbookedFills.Mark booking = unbooked.sending(List.of(execution.getUserId()))) {
            filled.fire(new OrderFilled(execution.getCommunityId(), ExecutionView.of(execution), true));
            batchWrites.markFollowedUp(List.of(execution.getId()));
        }
    }

    /** Counts the new state and tells the rest of the application; a fill is marked followed up once its observers ran. */
    void announce(Execution execution, boolean justSent) {
        announceOutcome(execution, justSent);
        if (execution.getState() == ExecutionState.FILLED) {
            batchWrites.markFollowedUp(List.of(execution.getId()));
        }
    }

    private void announceOutcome(Execution execution, boolean justSent) {
        announceOutcome(execution, justSent, false);
    }

    private void announceOutcome(Execution execution, boolean justSent, boolean withSlice) {
        openAlpacaOrders.track(execution);
        metrics.counter("executions", new Tag("state", execution.getState().name().toLowerCase(Locale.ROOT)),
                new Tag("broker", execution.getBroker().name().toLowerCase(Locale.ROOT))).inc();
        ExecutionView view = ExecutionView.of(execution);
        switch (execution.getState()) {
            case FILLED -> {
                if (justSent) {
                    submitted.fire(new OrderSubmitted(execution.getCommunityId(), view));
                }
            }
            case REJECTED, RISK_REJECTED -> rejected.fire(new OrderRejected(execution.getCommunityId(), view));
            case ACCEPTED, PARTIALLY_FILLED -> submitted.fire(new OrderSubmitted(execution.getCommunityId(), view));
            default -> {
                // CANCELLED, PLANNED, SUBMITTED, UNKNOWN, AWAITING_CONFIRMATION, DECLINED, EXPIRED: nothing to tell yet.
            }
        }
        if (announcesFill(execution)) {
            filled.fire(new OrderFilled(execution.getCommunityId(), view, false, withSlice));
        }
    }

    /**
     * Whether its outcome is a fill to book and protect: filled whole or in part — or cancelled (or expired) after
     * filling in part, when what filled is held all the same.
     */
    private static boolean announcesFill(Execution execution) {
        boolean someFilled = execution.getFilledQuantity() != null && execution.getFilledQuantity().signum() > 0;
        return switch (execution.getState()) {
            case FILLED, PARTIALLY_FILLED -> true;
            case CANCELLED -> someFilled;
            default -> false;
        };
    }

    private void measureLatency(Execution execution) {
        if (execution.getSignalReceivedAt() != null && execution.getSentAt() != null) {
            metrics.timer("execution.signal_to_order").update(Duration.between(execution.getSignalReceivedAt(), execution.getSentAt()));
        }
    }

    private BrokerConnection connectionOf(Execution execution) {
        return connections.find(execution.getBrokerConnectionId()).orElseThrow(() -> new BrokerUnavailableException("The broker account " + execution.getBrokerConnectionId() + " was removed.", null));
    }

    private static Object lockOf(String executionId) {
        return LOCKS.lockFor(executionId);
    }
}
