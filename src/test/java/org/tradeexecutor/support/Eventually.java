package org.tradeexecutor.support;

import java.net.URL;
import java.util.function.Supplier;

/** Waiting for what the server does after it answered, and reading what it counted. */
public final class Eventually {

    private Eventually() {
    }

    /** Waits up to 30 s for the condition. */
    public static void until(Supplier<Boolean> condition, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within 30 s: " + what);
            }
            ServerProcess.pause(100);
        }
    }

    /** The sum of the metric's lines (name then tags) that carry this tag, e.g. {@code outcome="failed"}, whatever the tags' order. */
    public static double metric(URL base, String name, String tag) {
        return new WebClient(base).get("/metrics?scope=application", "text/plain").body().lines()
                .filter(l -> l.startsWith(name + "{") && l.substring(0, l.lastIndexOf(' ')).contains(tag))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The sum of the application metric's lines that start so ({@code execution_recovery_failures_total{}). */
    public static double metric(URL base, String prefix) {
        return new WebClient(base).get("/metrics?scope=application", "text/plain").body().lines().filter(l -> l.startsWith(prefix))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
