package org.tradeexecutor.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.bson.Document;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.platform.entity.ApplicationStopping;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes history entries in batches, every {@value #FLUSH_MILLIS} ms, so that a fill to a thousand followers costs the
 * fan-out no write of its own: the toast goes out at once, the history follows. At most {@value #MAX_QUEUED} wait;
 * past that (a store that stopped answering) the oldest are dropped and counted ({@code notifications.dropped}); a
 * batch the store refused goes back to the head of the queue for the next round. A fan-out slice writes its own
 * notices at once ({@link Notifications#deliverAll}).
 * What is queued when the server is killed is lost — a notification, never a trade.
 */
@ApplicationScoped
public class NotificationWriter {

    private static final Logger LOG = Logger.getLogger(NotificationWriter.class.getName());
    static final long FLUSH_MILLIS = 200;
    static final int MAX_QUEUED = 100_000;
    private static final int BATCH = 1_000;

    @Inject
    NotificationHistory history;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ConcurrentLinkedDeque<Document> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger queued = new AtomicInteger();

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    void queue(Document entry) {
        queue.add(entry);
        if (queued.incrementAndGet() > MAX_QUEUED && queue.poll() != null) {
            queued.decrementAndGet();
            metrics.counter("notifications.dropped").inc();
        }
    }

    /** Writes what is queued; also what the tests and shutdown wait for. */
    public synchronized void flush() {
        while (!queue.isEmpty()) {
            List<Document> batch = new ArrayList<>(BATCH);
            Document next;
            while (batch.size() < BATCH && (next = queue.poll()) != null) {
                batch.add(next);
            }
            queued.addAndGet(-batch.size());
            try {
                history.store(batch);
            } catch (RuntimeException e) {
                // Back at the head of the queue, in their order: the next round writes them first.
                for (int i = batch.size() - 1; i >= 0; i--) {
                    queue.addFirst(batch.get(i));
                }
                queued.addAndGet(batch.size());
                LOG.log(Level.WARNING, "Notifications could not be written; the next round tries them again", e);
                return;
            }
            metrics.counter("notifications.written").inc(batch.size());
        }
    }

    /** A graceful stop writes what is queued, after the fan-outs in flight finished (payara/Payara#4573: no @PreDestroy then). */
    void stopping(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.PLATFORM_AFTER + 10) ApplicationStopping stopping) {
        flush();
    }

    @PreDestroy
    void drain() {
        flush();
    }
}
