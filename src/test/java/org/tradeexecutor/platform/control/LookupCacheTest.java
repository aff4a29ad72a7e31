package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LookupCacheTest {

    /** Stands for the store: what each key holds now, and how many reads it answered. */
    private final Map<String, String> store = new HashMap<>(Map.of("a", "a1", "b", "b1", "c", "c1"));
    private final List<Set<String>> reads = new ArrayList<>();
    private final List<String> shared = new ArrayList<>();

    private Map<String, String> read(Set<String> keys) {
        reads.add(Set.copyOf(keys));
        Map<String, String> found = new HashMap<>();
        keys.stream().filter(store::containsKey).forEach(key -> found.put(key, store.get(key)));
        return found;
    }

    private LookupCache<String> cache(Duration keptFor) {
        return new LookupCache<>("letters", keptFor, 1000, (name, key) -> shared.add(name + "/" + key));
    }

    @Test
    void readsOnlyWhatItDoesNotKeep() {
        LookupCache<String> cache = cache(Duration.ofMinutes(1));
        assertEquals(Map.of("a", "a1", "b", "b1"), cache.getAll(List.of("a", "b"), this::read));
        assertEquals(Map.of("a", "a1", "b", "b1", "c", "c1"), cache.getAll(List.of("a", "b", "c"), this::read));
        assertEquals("b1", cache.get("b", key -> read(Set.of(key)).get(key)));
        assertEquals(List.of(Set.of("a", "b"), Set.of("c")), reads, "a and b read once, c when first asked for");
        assertEquals(3, cache.size());
    }

    @Test
    void anInvalidatedKeyIsReadAgainHereAndTheOtherInstancesAreTold() {
        LookupCache<String> cache = cache(Duration.ofMinutes(1));
        cache.getAll(List.of("a", "b"), this::read);
        store.put("a", "a2");
        cache.invalidate("a");
        assertEquals(Map.of("a", "a2", "b", "b1"), cache.getAll(List.of("a", "b"), this::read));
        assertEquals(List.of(Set.of("a", "b"), Set.of("a")), reads);
        assertEquals(List.of("letters/a"), shared);
    }

    @Test
    void anInvalidationFromAnotherInstanceIsNotSentOnAgain() {
        LookupCache<String> cache = cache(Duration.ofMinutes(1));
        cache.getAll(List.of("a"), this::read);
        store.put("a", "a2");
        cache.dropLocally("a");
        assertEquals("a2", cache.getAll(List.of("a"), this::read).get("a"));
        assertEquals(List.of(), shared);
    }

    @Test
    void whatWasReadWhileAChangeWasWrittenIsNotKept() {
        LookupCache<String> cache = cache(Duration.ofMinutes(1));
        // The read sees the old value; the change is written and invalidated before the read's answer is kept.
        Function<Set<String>, Map<String, String>> readThenChange = keys -> {
            Map<String, String> before = read(keys);
            store.put("a", "a2");
            cache.invalidate("a");
            return before;
        };
        assertEquals("a1", cache.getAll(List.of("a"), readThenChange).get("a"), "the caller gets what it read");
        assertEquals("a2", cache.getAll(List.of("a"), this::read).get("a"), "the next caller reads again");
        assertEquals(2, reads.size());
    }

    @Test
    void missingKeysAreNotKept() {
        LookupCache<String> cache = cache(Duration.ofMinutes(1));
        assertNull(cache.get("z", key -> read(Set.of(key)).get(key)));
        store.put("z", "z1");
        assertEquals("z1", cache.get("z", key -> read(Set.of(key)).get(key)));
    }

    @Test
    void entriesExpire() throws InterruptedException {
        LookupCache<String> cache = cache(Duration.ofMillis(50));
        cache.getAll(List.of("a"), this::read);
        store.put("a", "a2"); // straight in the store: nobody invalidates
        Thread.sleep(120);
        assertEquals("a2", cache.getAll(List.of("a"), this::read).get("a"));
    }

    @Test
    void zeroSecondsKeepsNothing() {
        LookupCache<String> cache = cache(Duration.ZERO);
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            cache.getAll(List.of("a"), keys -> {
                calls.incrementAndGet();
                return read(keys);
            });
        }
        assertEquals(3, calls.get());
        assertEquals(0, cache.size());
    }
}
