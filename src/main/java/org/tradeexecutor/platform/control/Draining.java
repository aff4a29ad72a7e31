package org.tradeexecutor.platform.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.tradeexecutor.platform.entity.ApplicationStopping;

import java.util.logging.Logger;

/**
 * The first step of a graceful stop (PRODUCT O6): when the application begins to stop, intake closes — webhooks answer
 * 503 with {@code Retry-After} (their senders retry, on another instance or after the restart) — before the
 * components finish their work (fan-outs in flight, bounded by {@code SHUTDOWN_GRACE_SECONDS}) and the live
 * connections are told {@code server.shutdown}.
 */
@ApplicationScoped
public class Draining {

    private static final Logger LOG = Logger.getLogger(Draining.class.getName());
    private static volatile boolean draining;

    /** Runs before every other observer of the application's end. */
    void begin(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ApplicationStopping stopping) {
        draining = true;
        LOG.info("Stopping: intake closed (webhooks answer 503 with Retry-After), finishing the work in flight");
    }

    /** Whether the application is stopping (static: asked by a request filter while the beans are going away). */
    public static boolean active() {
        return draining;
    }

    /** A new deployment in the same JVM starts open again. */
    void reset(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        draining = false;
    }
}
