package org.tradeexecutor.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.Initialized;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the correlation id in front of every log line written while it is set ({@code [request 65f…] …}), the server's
 * own lines included: a filter on the root logger's handlers (Payara's console and file handlers) that runs on the
 * logging thread, where {@link CorrelationIds} knows the id. The handlers' own filters still decide; undone at
 * undeploy.
 */
@ApplicationScoped
public class LogCorrelation {

    static final String PREFIX = "[request ";
    private final Map<Handler, Filter> replaced = new IdentityHashMap<>();

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter previous = handler.getFilter();
            replaced.put(handler, previous);
            handler.setFilter(record -> {
                mark(record);
                return previous == null || previous.isLoggable(record);
            });
        }
    }

    /** Several handlers see the same record: it is marked once. */
    static void mark(LogRecord record) {
        CorrelationIds.current().ifPresent(id -> {
            String message = record.getMessage();
            if (message == null || !message.startsWith(PREFIX)) {
                record.setMessage(PREFIX + id + "] " + (message == null ? "" : message));
            }
        });
    }

    @PreDestroy
    void uninstall() {
        replaced.forEach(Handler::setFilter);
        replaced.clear();
    }
}
