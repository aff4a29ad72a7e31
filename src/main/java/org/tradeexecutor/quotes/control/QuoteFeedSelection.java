package org.tradeexecutor.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/** Which feed prices orders and positions: {@code QUOTE_FEED} = simulated (default) or alpaca. */
@ApplicationScoped
public class QuoteFeedSelection {

    @Inject
    SimulatedQuoteFeed simulated;

    @Inject
    AlpacaQuoteFeed alpaca;

    @Inject
    @ConfigProperty(name = "QUOTE_FEED", defaultValue = "simulated")
    String feed;

    @Produces
    QuoteFeed feed() {
        return switch (feed.trim().toLowerCase(Locale.ROOT)) {
            case "simulated" -> simulated;
            case "alpaca" -> {
                alpaca.problem().ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
                yield alpaca;
            }
            default -> throw new IllegalStateException("QUOTE_FEED must be simulated or alpaca, not " + feed + ".");
        };
    }
}
