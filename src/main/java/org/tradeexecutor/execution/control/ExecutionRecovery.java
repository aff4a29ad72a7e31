package org.tradeexecutor.execution.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.platform.control.Leadership;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.platform.entity.LeadershipGained;
import org.tradeexecutor.signals.control.SignalLifecycle;
import org.tradeexecutor.signals.entity.SignalAccepted;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a start (or a crash) nothing accepted is lost and nothing is sent twice (PRODUCT X4): fills the paper broker
 * stored but had not booked are booked; signals whose fan-out did not finish run again (what was planned is skipped);
 * PLANNED executions are sent; SUBMITTED and UNKNOWN ones are looked up at the broker. Then, every second, resting
 * paper orders meet the quotes; every RECONCILE_SECONDS (30) UNKNOWN orders are looked up again, and every 30 seconds overdue confirmations expire.
 */
@ApplicationScoped
public class ExecutionRecovery {

    private static final Logger LOG = Logger.getLogger(ExecutionRecovery.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PaperBroker paper;

    @Inject
    SignalLifecycle lifecycle;

    @Inject
    FanOut fanOut;

    @Inject
    ExecutionRepository executions;

    @Inject
    OrderSubmitter submitter;

    @Inject
    Confirmations confirmations;

    @Inject
    MongoConnection mongo;

    @Inject
    FanOutRetries retries;

    @Inject
    Leadership leadership;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    /** How often orders of unknown outcome are looked up at their broker again. */
    @Inject
    @ConfigProperty(name = "RECONCILE_SECONDS", defaultValue = "30")
    long reconcileSeconds;

    @Inject
    @ConfigProperty(name = "FAN_OUT_RETRY_SECONDS", defaultValue = "30")
    long retrySeconds;

    /**
     * The schedules start on every instance; each round does its work only on the instance that leads (one at a time,
     * see {@link Leadership}), and an instance that comes to lead first resumes what a stop left half done.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(leading("matching paper orders", paper::matchRestingOrders), 1, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(leading("settling unknown orders", this::settleUnknown), reconcileSeconds, reconcileSeconds, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(leading("expiring confirmations", confirmations::expireOverdue), 30, 30, TimeUnit.SECONDS);
        long retryEvery = Math.max(1, retrySeconds / 2);
        scheduler.scheduleWithFixedDelay(leading("running unfinished fan-outs again", this::retryDueFanOuts), retryEvery, retryEvery, TimeUnit.SECONDS);
    }

    /** Leading now (at start, or taking over from an instance that died): whatever it left half done is resumed. */
    void onLeadership(@Observes LeadershipGained gained) {
        scheduler.execute(() -> {
            try {
                resume();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Recovery failed; its parts run again at their next rounds", e);
            }
        });
    }

    /** Everything a stop may have left half done; each record on its own (one that fails is logged, counted and left for later). */
    public void resume() {
        int booked = paper.bookUnappliedFills();
        int signals = each("fan-out", lifecycle.unfinished(), unfinished -> fanOut.run(unfinished).join());
        int sent = each("send", executions.findByState(ExecutionState.PLANNED), execution -> submitter.submit(execution.getId()));
        int settled = settleUnknown() + settle(ExecutionState.SUBMITTED);
        int replayed = replayRecentFills();
        LOG.info(() -> "Execution recovery: " + booked + " paper fills booked, " + signals + " signals fanned out again, " + sent
                + " planned orders sent, " + settled + " in-flight orders looked up, " + replayed + " fills without their follow-up announced again");
    }

    /**
     * A stop between storing a fill and booking its position or placing its protective orders left that work undone:
     * the fills of the last day not marked followed up are announced again, and their observers do what is missing
     * (each at most once).
     */
    private int replayRecentFills() {
        Date since = Date.from(clock.instant().minus(Duration.ofDays(1)));
        List<String> ids = new ArrayList<>();
        mongo.database().getCollection("executions")
                .find(Filters.and(Filters.eq("state", ExecutionState.FILLED.name()), Filters.gte("updatedAt", since), Filters.ne("followedUp", true)))
                .projection(Projections.include("_id")).forEach((Document id) -> ids.add(id.getString("_id")));
        return each("replay", ids, id -> executions.findById(id).ifPresent(submitter::replayFill));
    }

    /** Fan-outs that put followers off or stopped: run again, each on its own. */
    int retryDueFanOuts() {
        return each("fan-out", retries.due(), signalId -> lifecycle.accepted(signalId).ifPresentOrElse(accepted -> fanOut.run(accepted).join(),
                () -> retries.done(signalId)));
    }

    private int settleUnknown() {
        return settle(ExecutionState.UNKNOWN);
    }

    private int settle(ExecutionState state) {
        return each("reconcile", executions.findByState(state), execution -> submitter.reconcile(execution.getId()));
    }

    /**
     * Does the work for every record; one that fails is logged and counted ({@code execution_recovery_failures_total
     * {task}}) and the others go on. It is met again at the next round.
     *
     * @return how many were done
     */
    private <T> int each(String task, Collection<T> records, Consumer<T> work) {
        int done = 0;
        for (T record : records) {
            try {
                work.accept(record);
                done++;
            } catch (RuntimeException e) {
                metrics.counter("execution.recovery_failures", new Tag("task", task)).inc();
                LOG.log(Level.WARNING, "Recovery (" + task + ") failed for " + describe(record) + "; it is tried again at the next round", e);
            }
        }
        return done;
    }

    private static String describe(Object record) {
        return record instanceof Execution execution ? "execution " + execution.getId()
                : record instanceof SignalAccepted accepted ? "signal " + accepted.signalId() : String.valueOf(record);
    }

    /**
     * A round that does its work only while this instance leads; a failing round is logged and the next one runs (an
     * exception would cancel the schedule for good).
     */
    private Runnable leading(String what, java.util.function.IntSupplier task) {
        return () -> {
            if (!leadership.leading()) {
                return;
            }
            try {
                task.getAsInt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Failed " + what + "; trying again at the next round", e);
            }
        };
    }
}
