package org.tradeexecutor.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.quotes.entity.Quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default quote feed: per symbol a random walk (log-normal steps of one second, seeded by the symbol and
 * {@code QUOTES_SEED}, so a run can be repeated), quoted in the market's tick size with bid and ask one tick or
 * 0.01 % (whichever is wider) either side of the mid. {@code QUOTES_VOLATILITY_PERCENT} is the annualised volatility; 0 holds every price
 * still (tests). A symbol starts at the first price a signal names for it, else at a price drawn from its name.
 */
@ApplicationScoped
@Typed(SimulatedQuoteFeed.class)
public class SimulatedQuoteFeed implements QuoteFeed {

    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;
    private static final BigDecimal MIN_SPREAD_FRACTION = new BigDecimal("0.0002");
    private static final Map<String, Double> FAMILIAR_PRICES = Map.of("AAPL", 190.0, "TSLA", 240.0, "NVDA", 120.0, "SPY", 590.0,
            "BTCUSDT", 45_000.0, "ETHUSDT", 2_500.0, "SOLUSDT", 140.0, "EURUSD", 1.085);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "QUOTES_VOLATILITY_PERCENT", defaultValue = "50")
    double volatilityPercent;

    @Inject
    @ConfigProperty(name = "QUOTES_SEED", defaultValue = "42")
    long seed;

    private final Map<String, Walk> walks = new ConcurrentHashMap<>();

    @Override
    public Quote quote(String symbol) {
        return walks.computeIfAbsent(symbol, s -> new Walk(startingPrice(s), random(s), clock.instant())).quote(symbol, clock.instant());
    }

    @Override
    public void hint(String symbol, BigDecimal price) {
        if (price != null && price.signum() > 0) {
            walks.computeIfAbsent(symbol, s -> new Walk(price.doubleValue(), random(s), clock.instant()));
        }
    }

    private Random random(String symbol) {
        return new Random(seed * 31 + symbol.hashCode());
    }

    private double startingPrice(String symbol) {
        return FAMILIAR_PRICES.getOrDefault(symbol, 20.0 + Math.floorMod(symbol.hashCode(), 480));
    }

    /** One symbol's price path; advanced lazily by the seconds that passed since it was last asked for. */
    private final class Walk {
        private double price;
        private final Random random;
        private Instant at;

        Walk(double price, Random random, Instant at) {
            this.price = price;
            this.random = random;
            this.at = at;
        }

        synchronized Quote quote(String symbol, Instant now) {
            long seconds = Math.max(0, Duration.between(at, now).toSeconds());
            if (seconds > 0 && volatilityPercent > 0) {
                // n one-second steps of N(0, σ²) add up to one step of N(0, n·σ²).
                double sigma = volatilityPercent / 100 * Math.sqrt(seconds / SECONDS_PER_YEAR);
                price = price * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
                at = at.plusSeconds(seconds);
            }
            BigDecimal mid = BigDecimal.valueOf(price);
            BigDecimal tick = TickSize.of(symbol, mid);
            BigDecimal halfSpread = mid.multiply(MIN_SPREAD_FRACTION).divide(BigDecimal.valueOf(2), tick.scale(), RoundingMode.UP).max(tick);
            BigDecimal roundedMid = mid.divide(tick, 0, RoundingMode.HALF_EVEN).multiply(tick);
            BigDecimal bid = roundedMid.subtract(halfSpread).max(tick);
            return new Quote(symbol, bid, roundedMid.add(halfSpread), roundedMid, now);
        }
    }
}
