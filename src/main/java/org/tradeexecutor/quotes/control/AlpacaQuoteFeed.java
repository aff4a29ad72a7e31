package org.tradeexecutor.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.quotes.entity.FeedHealth;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quotes from Alpaca's market data (PRODUCT X9), used when {@code QUOTE_FEED=alpaca}. A quote younger than
 * {@code QUOTES_MAX_AGE_MILLIS} is served from memory (the paper matcher asks every second for every resting order);
 * when Alpaca cannot answer, the last quote is served for up to {@code QUOTES_STALE_SECONDS}, and after that the
 * symbol has no quote (orders that need one are refused with the reason).
 */
@ApplicationScoped
@Typed(AlpacaQuoteFeed.class)
public class AlpacaQuoteFeed implements QuoteFeed {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ALPACA_DATA_URL", defaultValue = "https://data.alpaca.markets/")
    String dataUrl;

    @Inject
    @ConfigProperty(name = "ALPACA_DATA_KEY_ID")
    Optional<String> keyId;

    @Inject
    @ConfigProperty(name = "ALPACA_DATA_SECRET")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "QUOTES_MAX_AGE_MILLIS", defaultValue = "1000")
    long maxAgeMillis;

    @Inject
    @ConfigProperty(name = "QUOTES_STALE_SECONDS", defaultValue = "60")
    long staleSeconds;

    private final Map<String, Fetched> latest = new ConcurrentHashMap<>();
    private volatile Instant lastQuoteAt;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;
    private volatile AlpacaMarketData marketData;

    /** Why this feed cannot run, or empty when it is configured. */
    Optional<String> problem() {
        return keyId.isPresent() && secret.isPresent() ? Optional.empty()
                : Optional.of("QUOTE_FEED=alpaca needs ALPACA_DATA_KEY_ID and ALPACA_DATA_SECRET.");
    }

    @Override
    public Quote quote(String symbol) {
        Instant now = clock.instant();
        Fetched known = latest.get(symbol);
        if (known != null && Duration.between(known.fetchedAt(), now).toMillis() < maxAgeMillis) {
            return known.quote();
        }
        try {
            Quote fresh = marketData().latest(symbol);
            latest.put(symbol, new Fetched(fresh, now));
            lastQuoteAt = now;
            return fresh;
        } catch (QuoteUnavailableException e) {
            lastFailureAt = now;
            lastFailure = e.getMessage();
            if (known != null && Duration.between(known.fetchedAt(), now).toSeconds() < staleSeconds) {
                return known.quote();
            }
            throw e;
        }
    }

    @Override
    public FeedHealth health() {
        boolean failing = lastFailureAt != null && (lastQuoteAt == null || lastFailureAt.isAfter(lastQuoteAt));
        return new FeedHealth("alpaca", failing ? "failing" : "up", lastQuoteAt, failing ? lastFailure : null);
    }

    private AlpacaMarketData marketData() {
        if (marketData == null) {
            String base = dataUrl.endsWith("/") ? dataUrl : dataUrl + "/";
            marketData = new AlpacaMarketData(URI.create(base), keyId.orElseThrow(), secret.orElseThrow());
        }
        return marketData;
    }

    private record Fetched(Quote quote, Instant fetchedAt) {
    }
}
