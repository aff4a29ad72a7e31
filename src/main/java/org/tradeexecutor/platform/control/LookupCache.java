package org.tradeexecutor.platform.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One kind of look-up kept in memory by its key (a user id, a community id…), made by {@link LookupCaches}. The
 * component that owns the data reads through it and invalidates a key where it writes a change; the invalidation
 * reaches the other instances over the data grid. Values must not be changed by their readers (records, or entities
 * read only).
 */
public final class LookupCache<V> {

    private final String name;
    /** Null when caching is off ({@code LOOKUP_CACHE_SECONDS=0}): every look-up reads the store. */
    private final Cache<String, V> entries;
    /** Counts the invalidations: a read that began before one may hold what was there before the change. */
    private final AtomicLong changes = new AtomicLong();
    private final BiConsumer<String, String> shareInvalidation;

    LookupCache(String name, Duration keptFor, long maxEntries, BiConsumer<String, String> shareInvalidation) {
        this.name = name;
        this.entries = keptFor.isZero() ? null : Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(maxEntries).build();
        this.shareInvalidation = shareInvalidation;
    }

    /** The value of one key, read by {@code load} when it is not kept (a null from it is not kept). */
    public V get(String key, Function<String, V> load) {
        return getAll(Set.of(key), missing -> {
            V value = load.apply(key);
            return value == null ? Map.of() : Map.of(key, value);
        }).get(key);
    }

    /**
     * The values of many keys; those not kept are read by {@code load} in one call (keys it leaves out are missing
     * from the answer and read again next time).
     */
    public Map<String, V> getAll(Collection<String> keys, Function<Set<String>, Map<String, V>> load) {
        if (entries == null) {
            return new HashMap<>(load.apply(new LinkedHashSet<>(keys)));
        }
        Map<String, V> found = new HashMap<>(entries.getAllPresent(keys));
        Set<String> missing = new LinkedHashSet<>(keys);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            long before = changes.get();
            Map<String, V> loaded = load.apply(missing);
            entries.putAll(loaded);
            if (changes.get() != before) {
                // Something changed while the store was read: what was read may be older than that change.
                entries.invalidateAll(loaded.keySet());
            }
            found.putAll(loaded);
        }
        return found;
    }

    /** After a change of the key is written: dropped here at once and on the other instances soon after. */
    public void invalidate(String key) {
        dropLocally(key);
        shareInvalidation.accept(name, key);
    }

    void dropLocally(String key) {
        changes.incrementAndGet();
        if (entries != null) {
            entries.invalidate(key);
        }
    }

    /** How many entries are kept now (for tests and metrics). */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
