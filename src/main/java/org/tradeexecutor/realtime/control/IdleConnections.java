package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes connections that sent nothing for {@code WS_IDLE_TIMEOUT_SECONDS} (300): a client whose network vanished
 * without a close would otherwise hold its slot forever. Browsers ping every 25 s; other clients are told to ping.
 * One sweep every 30 s instead of the container's per-message idle timer (see {@code RealtimeEndpoint}).
 */
@ApplicationScoped
public class IdleConnections {

    private static final Logger LOG = Logger.getLogger(IdleConnections.class.getName());
    private static final long LONGEST_SWEEP_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ConnectedClients clients;

    @Inject
    @ConfigProperty(name = "WS_IDLE_TIMEOUT_SECONDS", defaultValue = "300")
    long idleSeconds;

    /** Sweeps every 30 s, or twice per timeout when that is shorter, so a silent client goes within 1.5 timeouts. */
    void start(@Observes DatabaseReady ready) {
        long every = Math.max(1, Math.min(LONGEST_SWEEP_SECONDS, idleSeconds / 2));
        scheduler.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
    }

    /** A failure is logged and the next sweep runs: an exception would cancel the schedule for good. */
    void sweep() {
        try {
            clients.closeSilentSince(System.currentTimeMillis() - idleSeconds * 1000, idleSeconds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Idle connection sweep failed", e);
        }
    }
}
