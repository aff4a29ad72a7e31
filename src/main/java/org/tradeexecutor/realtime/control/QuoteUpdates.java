package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code quote} messages for the symbols clients watch, one per symbol every {@code WS_QUOTE_INTERVAL_MILLIS} (coalesced). */
@ApplicationScoped
public class QuoteUpdates {

    private static final Logger LOG = Logger.getLogger(QuoteUpdates.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ConnectedClients clients;

    @Inject
    QuoteFeed quotes;

    @Inject
    @ConfigProperty(name = "WS_QUOTE_INTERVAL_MILLIS", defaultValue = "1000")
    long intervalMillis;

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::publish, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** A failure is logged and the next round runs: an exception would cancel the schedule for good. */
    void publish() {
        for (String symbol : clients.quotedSymbols()) {
            try {
                clients.quote(symbol, quotes.quote(symbol));
            } catch (QuoteUnavailableException noQuote) {
                // Nothing to say about this symbol this round.
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Quote update for " + symbol + " failed", e);
            }
        }
    }
}
