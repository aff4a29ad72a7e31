package org.tradeexecutor.platform.control;

import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The look-ups a signal's fan-out would otherwise read from the store for every signal although they change seldom
 * and only through this application: who follows a provider, each trader's primary broker account and risk profile,
 * a community's trading terms (docs/EXECUTION.md). Each is invalidated by its owner where the change is written, on
 * this instance at once and on the others over the data grid (topic {@code trade-executor-lookups}); each entry also
 * expires after {@code LOOKUP_CACHE_SECONDS} (30; 0 turns the caches off), for a change made outside the application,
 * straight in the store. Who may trade (account and membership standing) is never kept: it is read for every signal.
 */
@ApplicationScoped
public class LookupCaches {

    private static final Logger LOG = Logger.getLogger(LookupCaches.class.getName());
    private static final String TOPIC = "trade-executor-lookups";
    private static final char SEPARATOR = '\n';

    private final Map<String, LookupCache<?>> byName = new ConcurrentHashMap<>();
    private volatile ITopic<String> shared;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "LOOKUP_CACHE_SECONDS", defaultValue = "30")
    long keptSeconds;

    /** Entries per kind at most; the least recently used go first. */
    @Inject
    @ConfigProperty(name = "LOOKUP_CACHE_ENTRIES", defaultValue = "100000")
    long maxEntries;

    /** The cache of one kind of look-up, made on first use. */
    @SuppressWarnings("unchecked")
    public <V> LookupCache<V> named(String name) {
        return (LookupCache<V>) byName.computeIfAbsent(name,
                n -> new LookupCache<V>(n, Duration.ofSeconds(Math.max(0, keptSeconds)), Math.max(1, maxEntries), this::share));
    }

    void join(@Observes DatabaseReady ready) {
        grid.join(TOPIC, this::received).ifPresent(topic -> shared = topic);
    }

    private void share(String name, String key) {
        ITopic<String> topic = shared;
        if (topic == null) {
            return;
        }
        try {
            topic.publish(name + SEPARATOR + key);
        } catch (RuntimeException e) {
            // The other instances' entries then expire on their own (LOOKUP_CACHE_SECONDS).
            LOG.log(Level.WARNING, "Could not tell the other instances that look-up " + name + " of " + key + " changed", e);
        }
    }

    private void received(String message) {
        int separator = message.indexOf(SEPARATOR);
        LookupCache<?> cache = separator < 0 ? null : byName.get(message.substring(0, separator));
        if (cache != null) {
            cache.dropLocally(message.substring(separator + 1));
        }
    }
}
