package org.tradeexecutor.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.notifications.entity.DiscordTarget;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Messages for Discord wait here, never on the trade that caused them: lines for the same target within
 * {@code DISCORD_BATCH_MILLIS} become one message, at most {@code DISCORD_MESSAGES_PER_SECOND} go out a second, and
 * a 429 pauses the outbox for Discord's {@code retry_after} (the message is sent then). A message Discord refuses
 * otherwise is logged and counted ({@code discord.messages{outcome=failed}}) and dropped. At most
 * {@value #MAX_TARGETS} targets wait; past that new lines are dropped and counted ({@code discord.outbox.dropped}).
 */
@ApplicationScoped
public class DiscordOutbox {

    private static final Logger LOG = Logger.getLogger(DiscordOutbox.class.getName());
    static final int MAX_TARGETS = 10_000;

    @Inject
    DiscordMessenger messenger;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "DISCORD_BATCH_MILLIS", defaultValue = "2000")
    long batchMillis;

    @Inject
    @ConfigProperty(name = "DISCORD_MESSAGES_PER_SECOND", defaultValue = "5")
    int perSecond;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Lines per target, oldest target first; a target's lines are sent together. */
    private final Map<DiscordTarget, Pending> waiting = new LinkedHashMap<>();
    private long pausedUntil;
    private long windowStart;
    private int sentInWindow;

    private static final class Pending {
        final long since;
        final List<String> lines = new ArrayList<>();
        boolean silent = true;

        Pending(long since) {
            this.since = since;
        }
    }

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::send, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** @param silent delivered without a ping; one loud line makes the whole message loud */
    public synchronized void queue(DiscordTarget target, String line, boolean silent) {
        if (!messenger.enabled()) {
            return;
        }
        Pending pending = waiting.get(target);
        if (pending == null) {
            if (waiting.size() >= MAX_TARGETS) {
                metrics.counter("discord.outbox.dropped").inc();
                return;
            }
            pending = new Pending(System.currentTimeMillis());
            waiting.put(target, pending);
        }
        pending.lines.add(line);
        pending.silent &= silent;
    }

    /** Sends what has waited its batch time, within the rate; also called by tests through the schedule only. */
    void send() {
        while (true) {
            DiscordTarget target;
            Pending pending;
            synchronized (this) {
                long now = System.currentTimeMillis();
                if (now < pausedUntil) {
                    return;
                }
                if (now - windowStart >= 1_000) {
                    windowStart = now;
                    sentInWindow = 0;
                }
                var first = waiting.entrySet().stream().filter(e -> now - e.getValue().since >= batchMillis).findFirst();
                if (first.isEmpty() || sentInWindow >= Math.max(1, perSecond)) {
                    return;
                }
                target = first.get().getKey();
                pending = first.get().getValue();
                waiting.remove(target);
                sentInWindow++;
            }
            String content = String.join("\n", pending.lines);
            DiscordMessenger.Sent sent = target.user() ? messenger.toUser(target.id(), content, pending.silent)
                    : messenger.toChannel(target.id(), content, pending.silent);
            if (sent.retryAfter() != null) {
                synchronized (this) {
                    pausedUntil = System.currentTimeMillis() + sent.retryAfter().toMillis();
                    Pending later = waiting.remove(target);
                    Map<DiscordTarget, Pending> reordered = new LinkedHashMap<>();
                    reordered.put(target, pending);
                    if (later != null) {
                        pending.lines.addAll(later.lines);
                    }
                    reordered.putAll(waiting);
                    waiting.clear();
                    waiting.putAll(reordered);
                }
                return;
            }
            if (!sent.ok()) {
                LOG.warning(() -> "A Discord message to " + (target.user() ? "user " : "channel ") + target.id() + " was not sent: " + sent.failure());
            }
        }
    }
}
