package org.tradeexecutor.signals.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the execution component may do with a stored signal: mark its orders as being planned and planned
 * (PARSED → EXECUTING → EXECUTED), and find, after a restart, the VALID signals whose planning never finished.
 */
@ApplicationScoped
public class SignalLifecycle {

    @Inject
    SignalRepository signals;

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    public Optional<Signal> find(String signalId) {
        return signals.findById(signalId);
    }

    public void markExecuting(String signalId) {
        move(signalId, SignalStatus.EXECUTING);
    }

    public void markExecuted(String signalId) {
        move(signalId, SignalStatus.EXECUTED);
    }

    private void move(String signalId, SignalStatus status) {
        signals.findById(signalId).filter(s -> s.getStatus() != status).ifPresent(signal -> {
            signal.execution(status, clock.instant());
            signals.save(signal);
        });
    }

    /** A stored VALID signal as the accepted event it was (for a fan-out run again). */
    public Optional<SignalAccepted> accepted(String signalId) {
        return signals.findById(signalId).filter(s -> s.getParseStatus() == ParseStatus.VALID)
                .map(signal -> signal.accepted(SignalIntake.parsedOf(signal)));
    }

    /** VALID signals accepted but not yet fully planned, oldest first, as the accepted events they were. */
    public List<SignalAccepted> unfinished() {
        List<SignalAccepted> unfinished = new ArrayList<>();
        mongo.database().getCollection("signals")
                .find(Filters.and(Filters.eq("parseStatus", ParseStatus.VALID.name()),
                        Filters.in("status", SignalStatus.PARSED.name(), SignalStatus.EXECUTING.name())))
                .projection(Projections.include("_id")).sort(new Document("receivedAt", 1))
                .forEach(document -> signals.findById(document.getString("_id")).ifPresent(signal -> unfinished.add(signal.accepted(SignalIntake.parsedOf(signal)))));
        return unfinished;
    }
}
