package org.tradeexecutor.platform.control;

import org.bson.types.ObjectId;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The correlation id of the work this thread does (PRODUCT O6): an HTTP request's ({@code X-Request-Id}, honoured
 * when sent), then a signal's — stored on the signal and its executions, and set again on every thread that works on
 * them — so that every log line of that work carries it ({@link LogCorrelation}).
 */
public final class CorrelationIds {

    /** What a sender's id may be: short and printable, so it cannot forge log lines or headers. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationIds() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current id, or a new one when this work has none yet. */
    public static String currentOrNew() {
        return current().orElseGet(CorrelationIds::newId);
    }

    public static String newId() {
        return new ObjectId().toHexString();
    }

    /** The sender's id when it is acceptable, else a new one. */
    public static String acceptOrNew(String sent) {
        return sent != null && ACCEPTABLE.matcher(sent).matches() ? sent : newId();
    }

    /** The id set for a stretch of work; closing it restores the thread's previous id. */
    public static final class Scope implements AutoCloseable {
        private final String previous;

        private Scope(String previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Sets the id for this thread until the scope closes (none given: the thread's id stays as it is). */
    public static Scope open(String id) {
        String previous = CURRENT.get();
        if (id != null) {
            CURRENT.set(id);
        }
        return new Scope(previous);
    }

    /** Runs the work under the id (none: as it is), restoring the thread's previous id after. */
    public static <T> T within(String id, Supplier<T> work) {
        try (Scope ignored = open(id)) {
            return work.get();
        }
    }

    public static void within(String id, Runnable work) {
        within(id, () -> {
            work.run();
            return null;
        });
    }
}
