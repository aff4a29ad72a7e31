package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Instrument;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
            "UPDATE", "NOTE", "WITH", "ABOVE", "BELOW", "IF", "THEN", "AFTER", "ER", "RISKY", "LOTTO", "NFP", "CPI", "FOMC", "PAIR",
            "SYMBOL", "RR", "TG", "HIT", "REACHED", "P");

    /** Quote currencies that make a glued pair ("ETHUSDT") recognisable. */
    static final Set<String> QUOTES = Set.of("USDT", "USDC", "BUSD", "USD", "PERP", "BTC", "ETH", "EUR", "JPY", "GBP", "CHF", "AUD",
            "CAD", "NZD");

    /** The quotes as message tokens keep words ("Entry price(USDT):"). */
    static final Set<String> LOWER_CASE_QUOTES = QUOTES.stream().map(quote -> quote.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** What forex and metals channels call by name. */
    private static final Map<String, String> NAMED = Map.of("GOLD", "XAUUSD", "SILVER", "XAGUSD");

    private static final Set<String> VERBS_BEFORE_SYMBOL = Set.of("buy", "buying", "long", "longing", "short", "shorting",
            "sell", "selling", "closing", "close", "exit", "exiting", "bto", "sto", "stc", "btc");

    private SymbolReader() {
    }

    /** A symbol found: as written (upper case, separators removed), its first and last token, the rule that found it. */
    record Found(String symbol, int first, int last, String rule) {
    }

    /** The symbol among the tokens not yet set aside, upper case, separators removed, as written ("GOLD"; see {@link #canonical}). */
    static Optional<String> find(MessageTokens tokens) {
        return locate(tokens).map(Found::symbol);
    }

    /** Like {@link #find}, with where the symbol was written and how it was told. */
    static Optional<Found> locate(MessageTokens tokens) {
        return cashtag(tokens).or(() -> pair(tokens)).or(() -> upperCaseTicker(tokens)).or(() -> namedInstrument(tokens))
                .or(() -> wordAfterVerb(tokens));
    }

    /** Records where the symbol of {@code draft} came from. */
    static void explain(Found found, MessageTokens tokens, SignalDraft draft) {
        draft.readFrom("symbol", tokens, found.first(), found.last(), found.rule());
    }

    /** The symbol orders carry for the one written: "GOLD" is XAUUSD, "SILVER" XAGUSD, any other stays. */
    static String canonical(String written) {
        return NAMED.getOrDefault(written, written);
    }

    /** "Sell Gold 2655.5", "gold sell 2662": an instrument called by its name in any case. */
    private static Optional<Found> namedInstrument(MessageTokens tokens) {
        for (int word = tokens.next(-1); word < tokens.size(); word = tokens.next(word)) {
            if (tokens.isWord(word) && NAMED.containsKey(tokens.text(word).toUpperCase(Locale.ROOT)) && tokens.startsWord(word)
                    && tokens.endsWord(word)) {
                return Optional.of(new Found(tokens.text(word).toUpperCase(Locale.ROOT), word, word, "an instrument by its name (gold, silver)"));
            }
        }
        return Optional.empty();
    }

    /** "$TSLA", "$btc", "$BRK.B". */
    private static Optional<Found> cashtag(MessageTokens tokens) {
        for (int dollar = tokens.next(-1); dollar < tokens.size(); dollar = tokens.next(dollar)) {
            int word = dollar + 1;
            if (tokens.isMark(dollar, '$') && tokens.touching(dollar, word) && tokens.isWord(word)) {
                String symbol = tokens.token(word).original();
                int last = word;
                if (tokens.touching(word, word + 1) && tokens.isMark(word + 1, '.') && tokens.touching(word + 1, word + 2)
                        && tokens.isWord(word + 2)) {
                    symbol += "." + tokens.token(word + 2).original();
                    last = word + 2;
                }
                if (symbol.length() <= 10 && tokens.endsWord(last)) {
                    return Optional.of(new Found(symbol.toUpperCase(Locale.ROOT), dollar, last, "a cashtag ($TSLA)"));
                }
            }
        }
        return Optional.empty();
    }

    /** "BTC/USDT", "ARB/ USDT", "btc-usdt": a base and a known quote currency. */
    private static Optional<Found> pair(MessageTokens tokens) {
        for (int base = tokens.next(-1); base < tokens.size(); base = tokens.next(base)) {
            int quote = pairQuote(tokens, base);
            String baseText = tokens.text(base).toUpperCase(Locale.ROOT);
            if (quote >= 0 && (!NOT_TICKERS.contains(baseText) || Instrument.isCurrency(baseText))) { // "Usd/chf"
                return Optional.of(new Found(baseText + tokens.text(quote).toUpperCase(Locale.ROOT), base, quote,
                        "a pair: base, \"/\", \"-\" or \"_\", a quote currency (BTC/USDT, Usd/chf)"));
            }
        }
        return Optional.empty();
    }

    /**
     * The quote of a pair starting at {@code base}: two words joined by "/", "_" or "-" (at most one space around it),
     * a base of 2–10 letters and a known quote currency ("stop-loss" is no pair), or -1.
     */
    static int pairQuote(MessageTokens tokens, int base) {
        if (!tokens.isWord(base) || !tokens.startsWord(base) || tokens.text(base).length() < 2 || tokens.text(base).length() > 10) {
            return -1;
        }
        int separator = tokens.next(base);
        int quote = tokens.next(separator);
        boolean joined = tokens.isMarkIn(separator, "/_-") && tokens.spaced(base, separator) && tokens.spaced(separator, quote);
        return joined && tokens.isWord(quote) && QUOTES.contains(tokens.token(quote).original().toUpperCase(Locale.ROOT))
                && tokens.endsWord(quote) ? quote : -1;
    }

    /** "BUY AAPL": an upper-case word that is not a trading word. */
    private static Optional<Found> upperCaseTicker(MessageTokens tokens) {
        for (int word = tokens.next(-1); word < tokens.size(); word = tokens.next(word)) {
            if (tokens.isWord(word) && isUpperCaseTicker(tokens.token(word).original())
                    && !(tokens.touching(word - 1, word) && tokens.isMark(word - 1, '$'))
                    && !NOT_TICKERS.contains(tokens.token(word).original())) {
                return Optional.of(new Found(tokens.token(word).original(), word, word, "an upper-case ticker that is no trading word"));
            }
        }
        return Optional.empty();
    }

    static boolean isUpperCaseTicker(String word) {
        if (word.length() > 10) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'A' || word.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** "buy aapl": the word after a trade verb, in any case. */
    private static Optional<Found> wordAfterVerb(MessageTokens tokens) {
        for (int verb = tokens.next(-1); verb < tokens.size(); verb = tokens.next(verb)) {
            int word = tokens.next(verb);
            if (tokens.isWordIn(verb, VERBS_BEFORE_SYMBOL) && tokens.isWord(word) && !tokens.touching(verb, word)
                    && tokens.text(word).length() <= 10 && tokens.endsWord(word)) {
                String symbol = tokens.text(word).toUpperCase(Locale.ROOT);
                if (!NOT_TICKERS.contains(symbol)) {
                    return Optional.of(new Found(symbol, word, word, "the word after the verb (buy aapl)"));
                }
            }
        }
        return Optional.empty();
    }
}
