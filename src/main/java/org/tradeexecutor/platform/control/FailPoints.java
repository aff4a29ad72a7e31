package org.tradeexecutor.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * Named places in the work where the fault suite stops the process (fail points, as etcd's gofail or TiKV's fail-rs
 * call them): with {@code FAIL_POINT=<name>} or {@code <name>@<n>}, every thread that arrives there — from the n-th
 * arrival on — logs it and waits, so that the test kills the process with SIGKILL exactly there (docs/RELIABILITY.md
 * lists the points). With {@code FAIL_POINT_PAUSE_MILLIS} the thread waits only that long and goes on (a slow step,
 * for the graceful-stop test). Unset, as always outside the fault suite, {@link #reach} does nothing.
 */
@ApplicationScoped
public class FailPoints {

    private static final Logger LOG = Logger.getLogger(FailPoints.class.getName());

    @Inject
    @ConfigProperty(name = "FAIL_POINT", defaultValue = " ")
    String setting;

    @Inject
    @ConfigProperty(name = "FAIL_POINT_PAUSE_MILLIS", defaultValue = "0")
    long pauseMillis;

    private volatile String armed;
    private long fromArrival = 1;
    private final AtomicLong arrivals = new AtomicLong();

    @PostConstruct
    void arm() {
        String point = setting == null ? "" : setting.strip();
        if (point.isEmpty()) {
            return;
        }
        int at = point.indexOf('@');
        if (at > 0) {
            fromArrival = Math.max(1, Long.parseLong(point.substring(at + 1).strip()));
            point = point.substring(0, at).strip();
        }
        armed = point;
        LOG.warning("Fail point " + point + " is armed (FAIL_POINT): work that reaches it stops there. Fault tests only.");
    }

    /** Where a fail point is: waits here for good when this point is armed and its arrival is due. */
    public void reach(String point) {
        if (armed == null || !armed.equals(point)) {
            return;
        }
        long arrival = arrivals.incrementAndGet();
        if (arrival < fromArrival) {
            return;
        }
        if (pauseMillis > 0) {
            LOG.warning("Fail point " + point + " reached (arrival " + arrival + "): this thread pauses " + pauseMillis + " ms");
            // parkNanos returns early when the thread holds a permit (an unpark meant for earlier work): wait out the rest.
            long until = System.nanoTime() + pauseMillis * 1_000_000;
            for (long left = pauseMillis * 1_000_000; left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
            return;
        }
        LOG.severe("Fail point " + point + " reached (arrival " + arrival + "): this thread waits here to be killed");
        while (true) {
            LockSupport.park(this);
        }
    }
}
