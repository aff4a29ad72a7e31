package org.tradeexecutor.quotes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;
import org.tradeexecutor.quotes.entity.WatchedQuote;
import org.tradeexecutor.quotes.entity.Watchlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A trader's watchlist (PRODUCT T5): symbols added and removed one at a time, at most {@value Watchlist#MAX_SYMBOLS}. */
@ApplicationScoped
public class Watchlists {

    /** Tickers, pairs ("BTCUSDT", "BTC/USD"), class shares ("BRK.B") and OCC option symbols. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,31}");

    @Inject
    WatchlistRepository watchlists;

    @Inject
    QuoteFeed quotes;

    /** The watchlist with the current quote of each symbol. */
    public List<WatchedQuote> quoted(String userId) {
        return of(userId).symbols().stream().map(symbol -> {
            try {
                Quote quote = quotes.quote(symbol);
                return new WatchedQuote(symbol, quote.bid(), quote.ask(), quote.last());
            } catch (QuoteUnavailableException noQuote) {
                return new WatchedQuote(symbol, null, null, null);
            }
        }).toList();
    }

    public Watchlist of(String userId) {
        return watchlists.findById(userId).map(w -> new Watchlist(w.userId(), w.symbols() == null ? List.of() : w.symbols()))
                .orElseGet(() -> Watchlist.empty(userId));
    }

    /**
     * Adds a symbol (upper-cased); adding one that is there changes nothing.
     *
     * @return why it was not added, or empty
     */
    public Optional<String> add(String userId, String symbol) {
        String wanted = symbol == null ? "" : symbol.trim().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(wanted).matches()) {
            return Optional.of("A symbol is 1 to 32 letters, digits, '.', '/' or '-' (AAPL, BTCUSDT, BRK.B).");
        }
        Watchlist current = of(userId);
        if (current.symbols().contains(wanted)) {
            return Optional.empty();
        }
        if (current.symbols().size() >= Watchlist.MAX_SYMBOLS) {
            return Optional.of("A watchlist holds at most " + Watchlist.MAX_SYMBOLS + " symbols.");
        }
        List<String> symbols = new ArrayList<>(current.symbols());
        symbols.add(wanted);
        watchlists.save(new Watchlist(userId, symbols));
        return Optional.empty();
    }

    public void remove(String userId, String symbol) {
        Watchlist current = of(userId);
        List<String> symbols = new ArrayList<>(current.symbols());
        if (symbol != null && symbols.remove(symbol.trim().toUpperCase(Locale.ROOT))) {
            watchlists.save(new Watchlist(userId, symbols));
        }
    }
}
