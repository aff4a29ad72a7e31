package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code quote} messages for the symbols clients watch, one per symbol every {@code WS_QUOTE_INTERVAL_MILLIS}
 * (coalesced); the same round tells {@link PortfolioUpdates} which held symbols moved.
 */
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
    PortfolioUpdates portfolios;

    /** The last quote seen of each held symbol, to tell whether it moved. */
    private final Map<String, Quote> lastOfHeld = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "WS_QUOTE_INTERVAL_MILLIS", defaultValue = "1000")
    long intervalMillis;

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::publish, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** A failure is logged and the next round runs: an exception would cancel the schedule for good. */
    void publish() {
        Set<String> watched = clients.quotedSymbols();
        Set<String> held = portfolios.heldSymbols();
        lastOfHeld.keySet().retainAll(held);
        Set<String> symbols = new LinkedHashSet<>(watched);
        symbols.addAll(held);
        for (String symbol : symbols) {
            try {
                Quote quote = quotes.quote(symbol);
                if (watched.contains(symbol)) {
                    clients.quote(symbol, quote);
                }
                if (held.contains(symbol) && moved(lastOfHeld.put(symbol, quote), quote)) {
                    portfolios.quoteMoved(symbol);
                }
            } catch (QuoteUnavailableException noQuote) {
                // Nothing to say about this symbol this round.
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Quote update for " + symbol + " failed", e);
            }
        }
    }

    private static boolean moved(Quote before, Quote now) {
        return before == null || !Objects.equals(before.bid(), now.bid()) || !Objects.equals(before.ask(), now.ask())
                || !Objects.equals(before.last(), now.last());
    }
}
