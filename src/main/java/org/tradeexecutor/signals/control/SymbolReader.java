package org.tradeexecutor.signals.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the traded symbol in a message: a cashtag ("$TSLA", "$btc"), a pair ("BTC/USDT", "ARB/ USDT", "btc-usdt"),
 * an upper-case ticker that is not a trading word ("BUY AAPL" is AAPL, not BUY), or the word after a trade verb in
 * any case ("buy aapl").
 */
final class SymbolReader {

    /** Words that look like tickers but are the vocabulary of signals. */
    static final Set<String> NOT_TICKERS = Set.of("BUY", "SELL", "LONG", "SHORT", "BULL", "BEAR", "BULLISH", "BEARISH", "SL",
            "TP", "TP1", "TP2", "TP3", "TP4", "PT", "ENTRY", "STOP", "LOSS", "TARGET", "TARGETS", "AT", "CALL", "CALLS", "PUT",
            "PUTS", "BTO", "STO", "STC", "BE", "CMP", "LIMIT", "MARKET", "NOW", "ZONE", "LEVERAGE", "CROSS", "ISOLATED", "X",
            "I", "A", "AND", "THE", "ON", "IN", "OF", "TO", "FOR", "SPOT", "FUTURES", "NEW", "SIGNAL", "ALERT", "TRADE", "PROFIT",
            "TAKE", "RISK", "SIZE", "WALLET", "HERE", "OR", "IS", "IT", "MY", "WE", "AM", "PM", "EST", "ET", "UTC", "DCA", "USD",
            "USDT", "OK", "NFA", "DYOR", "ALL", "HALF", "CLOSE", "EXIT", "MOVE", "SWING", "SCALP", "DAY", "VIP", "FREE",
            "ATH", "EOD", "ASAP", "LFG", "GL", "GLTA", "TPS", "LEV", "QTY", "PRICE", "ENTRIES", "AREA", "RANGE", "BREAKOUT",
            "UPDATE", "NOTE", "WITH", "ABOVE", "BELOW", "IF", "THEN", "AFTER");

    /** Quote currencies that make a glued pair ("ETHUSDT") recognisable. */
    static final Set<String> QUOTES = Set.of("USDT", "USDC", "BUSD", "USD", "PERP", "BTC", "ETH", "EUR", "JPY", "GBP");

    private static final Pattern CASHTAG = Pattern.compile("\\$([A-Za-z][A-Za-z.]{0,9})\\b");
    private static final Pattern PAIR = Pattern.compile("\\b([A-Za-z]{2,10})\\s?[/_-]\\s?([A-Za-z]{3,5})\\b");
    private static final Pattern UPPER = Pattern.compile("(?<![A-Za-z$])([A-Z]{1,10})(?![A-Za-z])");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "\\b(?:buy|buying|long|longing|short|shorting|sell|selling|closing|close|exit|exiting)\\s+([A-Za-z]{1,10})\\b",
            Pattern.CASE_INSENSITIVE);

    private SymbolReader() {
    }

    /** The symbol, upper case, separators removed. */
    static Optional<String> find(String text) {
        Matcher cashtag = CASHTAG.matcher(text);
        if (cashtag.find()) {
            return Optional.of(cashtag.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            String base = pair.group(1).toUpperCase(Locale.ROOT);
            String quote = pair.group(2).toUpperCase(Locale.ROOT);
            if (QUOTES.contains(quote) && !NOT_TICKERS.contains(base)) {
                return Optional.of(base + quote);
            }
        }
        Matcher upper = UPPER.matcher(text);
        while (upper.find()) {
            String word = upper.group(1);
            if (!NOT_TICKERS.contains(word)) {
                return Optional.of(word);
            }
        }
        Matcher afterVerb = AFTER_VERB.matcher(text);
        while (afterVerb.find()) {
            String word = afterVerb.group(1).toUpperCase(Locale.ROOT);
            if (!NOT_TICKERS.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
