package org.tradeexecutor.access.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed sign-ins: per username and client address (LOGIN_MAX_FAILURES in LOGIN_WINDOW_MINUTES), and per
 * username alone at four times that, against guessing from many addresses. Only failures spend tokens.
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * Beyond this many tracked keys the one used longest ago is dropped, so memory stays bounded: spraying many names
     * pushes out only keys nobody is trying any more, never a lockout that is being hammered (it stays in use).
     */
    static final int MAX_TRACKED_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "LOGIN_MAX_FAILURES", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "LOGIN_WINDOW_MINUTES", defaultValue = "15")
    int windowMinutes;

    /** Least recently used first (access order); guarded by itself. */
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED_KEYS;
        }
    };

    private Duration window;

    @PostConstruct
    void configure() {
        window = Duration.ofMinutes(windowMinutes);
    }

    /** How long the caller must wait before trying again, if it must. */
    public Optional<Duration> blockedFor(String username, String address) {
        List<Bucket> tracked;
        synchronized (buckets) {
            tracked = keys(username, address).stream().map(buckets::get).toList();
        }
        return tracked.stream()
                .filter(bucket -> bucket != null && bucket.getAvailableTokens() < 1)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
                .max(Duration::compareTo);
    }

    public void recordFailure(String username, String address) {
        var keys = keys(username, address);
        Bucket pair;
        Bucket name;
        synchronized (buckets) {
            pair = buckets.computeIfAbsent(keys.get(0), k -> newBucket(maxFailures));
            name = buckets.computeIfAbsent(keys.get(1), k -> newBucket(maxFailures * 4L));
        }
        pair.tryConsume(1);
        name.tryConsume(1);
    }

    private Bucket newBucket(long capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }

    private static List<String> keys(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return List.of("pair|" + name + "|" + address, "name|" + name);
    }
}
