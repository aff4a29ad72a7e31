package org.tradeexecutor.quotes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.FeedHealth;

/**
 * Readiness entry "quotes" (PRODUCT O1): which feed, and whether it answers. Always UP — a failing feed makes the
 * application degraded (orders that need a price are refused with the reason), and taking the instance out of
 * service would not bring the feed back; {@code state} says it.
 */
@Readiness
@ApplicationScoped
public class QuoteFeedHealthCheck implements HealthCheck {

    @Inject
    QuoteFeed feed;

    @Override
    public HealthCheckResponse call() {
        FeedHealth health = feed.health();
        var response = HealthCheckResponse.named("quotes").withData("feed", health.feed()).withData("state", health.failing() ? "degraded" : "up");
        if (health.lastQuoteAt() != null) {
            response.withData("lastQuoteAt", health.lastQuoteAt().toString());
        }
        if (health.problem() != null) {
            response.withData("problem", health.problem());
        }
        return response.up().build();
    }
}
