package org.tradeexecutor.signals.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most WEBHOOK_RATE_PER_MINUTE (default 60) signed webhook calls per provider and minute (PRODUCT S3). */
@ApplicationScoped
public class ProviderRateLimit {

    @Inject
    @ConfigProperty(name = "WEBHOOK_RATE_PER_MINUTE", defaultValue = "60")
    int perMinute;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one call from the provider's allowance; false when it is used up. */
    public boolean tryAcquire(String providerId) {
        return buckets.computeIfAbsent(providerId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
