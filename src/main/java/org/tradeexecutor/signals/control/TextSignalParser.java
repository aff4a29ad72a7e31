package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a signal from the free text of a chat message (PRODUCT S4). In this order: options in BTO/STO/STC/BTC style
 * ({@link OptionSignalReader}); management messages, which never open a trade, and result posts, which are ignored
 * ({@link ManagementSignalReader}); then entries with their entry, range, stop, targets, leverage and size. The message
 * is cut into {@link MessageTokens} once; every reader walks those. Every price is a {@code BigDecimal}. A stop on the
 * wrong side of the entry rejects the signal; doubtful details ask for review. Pure and thread-safe; {@code today}
 * only dates options without a year.
 */
public final class TextSignalParser {

    private static final Set<String> LONG_WORDS = Set.of("buy", "buying", "long", "longing", "bull", "bullish", "bought");
    private static final Set<String> SHORT_WORDS = Set.of("sell", "selling", "short", "shorting", "bear", "bearish", "sold");
    private static final Set<String> TRADE_VERBS = Set.of("buy", "buying", "sell", "selling", "long", "longing", "short", "shorting");
    private static final Set<String> AT = Set.of("at");
    private static final Set<String> RANGE_WORDS = Set.of("entries", "zone", "between");
    private static final Set<String> ENTRY_WORDS = Set.of("price", "enter", "limit");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "and");
    private static final Set<String> MARKET_WORDS = Set.of("market", "mkt", "cmp");
    private static final Set<String> MARKET_ORDER_WORDS = Set.of("order", "price", "buy", "sell");
    private static final Set<String> LEVERAGE_WORDS = Set.of("leverage", "lev");
    private static final Set<String> MARGIN_MODES = Set.of("cross", "isolated");
    private static final Set<String> SIZE_WORDS = Set.of("size", "risk", "allocation", "allocate", "use");

    private TextSignalParser() {
    }

    public static ParsedSignal parse(String message, LocalDate today) {
        if (message == null || message.isBlank()) {
            return ParsedSignal.ignored("The message is empty.");
        }
        try {
            return read(message, today);
        } catch (NumberFormatException | ArithmeticException unreadable) {
            // A number no market trades at ("SL 1e999999999", forty nines): refused whole, never read around.
            SignalDraft draft = new SignalDraft();
            draft.reject("A number could not be read: " + unreadable.getMessage() + ".");
            return draft.build();
        }
    }

    private static ParsedSignal read(String message, LocalDate today) {
        MessageTokens tokens = MessageTokens.of(normalise(message));
        Optional<Direction> direction = direction(tokens);
        if (OptionSignalReader.isOption(tokens, direction.isPresent())) {
            return OptionSignalReader.read(tokens, direction, today);
        }
        boolean freshEntry = direction.isPresent() && (entryPrice(tokens) >= 0 || TradeFields.hasStop(tokens));
        if (!freshEntry) {
            Optional<ParsedSignal> management = ManagementSignalReader.read(tokens);
            if (management.isPresent()) {
                return management.get();
            }
            if (ManagementSignalReader.isResultPost(tokens)) {
                return ParsedSignal.ignored("A result post, not a signal.");
            }
        }
        return entry(tokens, direction);
    }

    /** One line, ordinary dashes and spaces, no emoji (they are attacker-controlled decoration, not data). */
    static String normalise(String message) {
        StringBuilder out = new StringBuilder(message.length());
        boolean space = false;
        for (int i = 0; i < message.length(); ) {
            int c = message.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 0x2012 && c <= 0x2015) || c == 0x2212) {
                c = '-';
            } else if (c == '：') {
                c = ':';
            } else if (c == '|' || Character.isWhitespace(c) || !(Character.isLetterOrDigit(c) || isAsciiPunctuation(c))) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(int c) {
        return c < 128 && (c > 32 && !Character.isLetterOrDigit(c)) && c != 127;
    }

    /** The first of "buy/long/bull…" and "sell/short/bear…" decides. */
    private static Optional<Direction> direction(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWordIn(index, LONG_WORDS)) {
                return Optional.of(Direction.LONG);
            }
            if (tokens.isWordIn(index, SHORT_WORDS)) {
                return Optional.of(Direction.SHORT);
            }
        }
        return Optional.empty();
    }

    private static ParsedSignal entry(MessageTokens tokens, Optional<Direction> direction) {
        if (direction.isEmpty()) {
            return ParsedSignal.ignored("No buy, sell, long or short: not a signal.");
        }
        Optional<String> symbol = SymbolReader.find(tokens);
        if (symbol.isEmpty()) {
            return ParsedSignal.ignored("No symbol found.");
        }
        SignalDraft draft = new SignalDraft();
        draft.kind = SignalKind.ENTRY;
        draft.direction = direction.get();
        // Prices are read without the symbol, so "BTC-USDT" or "$BTC" never count as numbers or ranges.
        markSymbol(tokens, symbol.get());
        readLeverage(tokens, draft);
        readSize(tokens, draft);
        TradeFields.readQuantity(tokens, draft);
        TradeFields.readTargets(tokens, draft);
        TradeFields.readStop(tokens, draft);
        readEntry(tokens, draft);
        draft.symbol = symbol.get();
        draft.assetClass = SignalRules.assetClass(draft.symbol, draft.leverage != null);
        SignalRules.validate(draft);
        return draft.build();
    }

    /** Pairs ("ARB/ USDT") and the first whole-word symbol (with its "$") stand for the symbol from here on. */
    private static void markSymbol(MessageTokens tokens, String symbol) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int quote = SymbolReader.pairQuote(tokens, index);
            if (quote >= 0) {
                tokens.markSymbol(index);
                tokens.use(index + 1, quote);
            }
        }
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWord(index) && !tokens.isSymbolMark(index) && tokens.token(index).original().equalsIgnoreCase(symbol)
                    && tokens.startsWord(index) && tokens.endsWord(index)) {
                tokens.markSymbol(index);
                if (tokens.touching(index - 1, index) && tokens.isMark(index - 1, '$')) {
                    tokens.use(index - 1, index - 1);
                }
                return;
            }
        }
    }

    /** A range ("buy zone 480-485", "Entry Zone: 1.25 _ 1.18"), "at market", or one entry price; none is MARKET. */
    private static void readEntry(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int first = rangeStart(tokens, index);
            int joiner = tokens.next(first);
            int second = tokens.next(joiner);
            if (first >= 0 && (tokens.isMarkIn(joiner, "-_/") || tokens.isWordIn(joiner, RANGE_JOINERS)) && tokens.isNumber(second)) {
                var low = tokens.number(first).min(tokens.number(second));
                var high = tokens.number(first).max(tokens.number(second));
                draft.entryRange = new ParsedSignal.PriceRange(low, high);
                draft.orderType = OrderType.LIMIT;
                return;
            }
        }
        if (atMarket(tokens)) {
            draft.orderType = OrderType.MARKET;
            return;
        }
        int price = entryPrice(tokens);
        draft.entry = price >= 0 ? tokens.number(price) : null;
        draft.orderType = draft.entry == null ? OrderType.MARKET : OrderType.LIMIT;
    }

    /** The first number of a range ("zone 480-485", "entries 24 and 23", "entry range 1.1 - 1.2") at {@code index}, or -1. */
    private static int rangeStart(MessageTokens tokens, int index) {
        return numberAfterKeyword(tokens, index, RANGE_WORDS, "range");
    }

    /**
     * The number after an entry keyword ("@", "at", a trade verb, the symbol, one of {@code words}, "entry" with an
     * optional {@code afterEntry} word) at {@code index}, past one separator; or -1.
     */
    private static int numberAfterKeyword(MessageTokens tokens, int index, Set<String> words, String afterEntry) {
        int keywordEnd = -1;
        if (isEntryKeyword(tokens, index) || tokens.isWordIn(index, words)) {
            keywordEnd = index;
        } else if (tokens.isWord(index, "entry")) {
            keywordEnd = tokens.isWord(tokens.next(index), afterEntry) ? tokens.next(index) : index;
        }
        int number = keywordEnd < 0 ? -1 : TradeFields.afterSeparator(tokens, tokens.next(keywordEnd));
        return tokens.isNumber(number) ? number : -1;
    }

    /** "@", "at", a trade verb or the symbol: words after which a price is the entry. */
    private static boolean isEntryKeyword(MessageTokens tokens, int index) {
        return tokens.isMark(index, '@') || tokens.isWordIn(index, AT) || tokens.isWordIn(index, TRADE_VERBS) || tokens.isSymbolMark(index);
    }

    /** The index of the first entry price ("@ 150", "Entry: 680", "entry price 1.2", "BUY 150", "$GME 28.40"), or -1. */
    private static int entryPrice(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int price = numberAfterKeyword(tokens, index, ENTRY_WORDS, "price");
            if (price >= 0) {
                return price;
            }
        }
        return -1;
    }

    /** "@ market", "at mkt", "at current price", "market order", "CMP". */
    private static boolean atMarket(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int next = tokens.next(index);
            boolean at = tokens.isMark(index, '@') || tokens.isWord(index, "at");
            if ((at && (tokens.isWordIn(next, MARKET_WORDS) || (tokens.isWord(next, "current") && tokens.isWord(tokens.next(next), "price"))))
                    || (tokens.isWord(index, "market") && tokens.isWordIn(next, MARKET_ORDER_WORDS))
                    || tokens.isWord(index, "cmp")) {
                return true;
            }
        }
        return false;
    }

    /** "10x", "x20", "Leverage: Cross (25X)", "lev 5"; every mention is set aside, the first counts. */
    private static void readLeverage(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int number = -1;
            int last = -1;
            int next = tokens.next(index);
            if (tokens.isWordIn(index, LEVERAGE_WORDS)) {
                number = leverageAfterKeyword(tokens, index);
                last = number;
                if (number >= 0 && tokens.isWord(tokens.next(last), "x")) {
                    last = tokens.next(last);
                }
                if (number >= 0 && tokens.isMark(tokens.next(last), ')')) {
                    last = tokens.next(last);
                }
            } else if (tokens.isPlainNumber(index) && tokens.startsWord(index) && tokens.isWord(next, "x") && tokens.spaced(index, next)
                    && tokens.endsWord(next)) {
                number = index;
                last = next;
            } else if (tokens.isWord(index, "x") && tokens.startsWord(index) && tokens.touching(index, index + 1)
                    && tokens.isInteger(index + 1, 9) && tokens.endsWord(index + 1)) {
                number = index + 1;
                last = number;
            }
            if (number >= 0) {
                if (draft.leverage == null) {
                    draft.leverage = tokens.number(number);
                }
                tokens.use(index, last);
            }
        }
        if (draft.leverage != null && draft.leverage.compareTo(SignalRules.MAX_LEVERAGE) > 0) {
            draft.review("Leverage " + draft.leverage + "x is above " + SignalRules.MAX_LEVERAGE + "x.");
        }
    }

    /** After "leverage": an optional ":" or "=", "cross" or "isolated", "(", then the number; its index or -1. */
    private static int leverageAfterKeyword(MessageTokens tokens, int keyword) {
        int at = tokens.next(keyword);
        if (tokens.isMarkIn(at, ":=")) {
            at = tokens.next(at);
        }
        if (tokens.isWordIn(at, MARGIN_MODES)) {
            at = tokens.next(at);
        }
        if (tokens.isMark(at, '(')) {
            at = tokens.next(at);
        }
        return tokens.isPlainNumber(at) ? at : -1;
    }

    /** "Wallet size 3%", "risk 1%", "use 2%": percent of the account; every mention is set aside, the first counts. */
    private static void readSize(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!tokens.isWordIn(index, SIZE_WORDS)) {
                continue;
            }
            int number = tokens.isMarkIn(tokens.next(index), ":=") ? tokens.next(tokens.next(index)) : tokens.next(index);
            int percent = tokens.next(number);
            boolean isPercent = tokens.isNumber(number) && tokens.text(number).indexOf('k') < 0
                    && tokens.token(number).original().charAt(0) != '$' && tokens.isMark(percent, '%') && tokens.spaced(number, percent);
            if (isPercent) {
                if (draft.sizePercent == null) {
                    draft.sizePercent = tokens.number(number);
                }
                tokens.use(index, percent);
            }
        }
    }
}
