package org.tradeexecutor.access.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: per username and client address (LOGIN_MAX_FAILURES in LOGIN_WINDOW_MINUTES), and per
 * username alone at four times that, against guessing from many addresses. Only failures spend tokens.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Beyond this many tracked keys the oldest state is dropped rather than letting memory grow without end. */
    private static final int MAX_TRACKED_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "LOGIN_MAX_FAILURES", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "LOGIN_WINDOW_MINUTES", defaultValue = "15")
    int windowMinutes;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private Duration window;

    @PostConstruct
    void configure() {
        window = Duration.ofMinutes(windowMinutes);
    }

    /** How long the caller must wait before trying again, if it must. */
    public Optional<Duration> blockedFor(String username, String address) {
        return keys(username, address).stream()
                .map(buckets::get)
                .filter(bucket -> bucket != null && bucket.getAvailableTokens() < 1)
                .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
                .max(Duration::compareTo);
    }

    public void recordFailure(String username, String address) {
        if (buckets.size() > MAX_TRACKED_KEYS) {
            buckets.clear();
        }
        var keys = keys(username, address);
        buckets.computeIfAbsent(keys.get(0), k -> newBucket(maxFailures)).tryConsume(1);
        buckets.computeIfAbsent(keys.get(1), k -> newBucket(maxFailures * 4L)).tryConsume(1);
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
