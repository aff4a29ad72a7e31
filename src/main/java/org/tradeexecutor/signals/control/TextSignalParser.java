package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.FieldSource;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    /** An opinion, not an order: a direction only beside a stop ("EURUSD is looking bullish" is chatter). */
    private static final Set<String> OPINIONS = Set.of("bull", "bullish", "bear", "bearish");
    private static final Set<String> CLOSED_WORDS = Set.of("closed", "closing", "close", "exit", "exited", "exiting", "covered");
    /** Words that name an entry where no direction is written (Cornix: the prices tell long from short). */
    private static final Set<String> ENTRY_NAMES = Set.of("entry", "enter", "entries");
    private static final int TARGET_EMOJI = 0x1F3AF;
    private static final int STOP_EMOJI = 0x1F6D1;
    private static final int NO_ENTRY_EMOJI = 0x26D4;
    private static final Set<String> EXIT_PRICE_WORDS = Set.of("at");
    private static final String DESK_VERB_RULE = "an options desk's verb: BTO/STC a long, STO/BTC a short";
    private static final Set<String> LEVERAGE_WORDS = Set.of("leverage", "lev");
    private static final Set<String> MARGIN_MODES = Set.of("cross", "isolated");
    private static final Set<String> SIZE_WORDS = Set.of("size", "risk", "allocation", "allocate", "use");

    private TextSignalParser() {
    }

    public static ParsedSignal parse(String message, LocalDate today) {
        return draft(message, message == null ? "" : normalise(message), today).build();
    }

    /** The parse with, for each field, the characters of {@code message} it came from and the rule that read it. */
    public static ExplainedSignal explain(String message, LocalDate today) {
        Normalised normalised = Normalised.of(message == null ? "" : message, true);
        SignalDraft draft = draft(message, normalised.text(), today);
        List<FieldSource> sources = new ArrayList<>(draft.spans.size());
        for (SignalDraft.Span span : draft.spans) {
            int start = normalised.originalStart(span.start());
            int end = Math.max(start, normalised.originalEnd(span.end()));
            sources.add(new FieldSource(span.field(), start, end, message.substring(start, end), span.rule()));
        }
        return new ExplainedSignal(draft.build(), sources);
    }

    private static SignalDraft draft(String message, String text, LocalDate today) {
        if (message == null || message.isBlank()) {
            return SignalDraft.ignored("The message is empty.");
        }
        try {
            return read(text, today);
        } catch (NumberFormatException | ArithmeticException unreadable) {
            // A number no market trades at ("SL 1e999999999", forty nines): refused whole, never read around.
            SignalDraft draft = new SignalDraft();
            draft.reject("A number could not be read: " + unreadable.getMessage() + ".");
            return draft;
        }
    }

    private static SignalDraft read(String text, LocalDate today) {
        MessageTokens tokens = MessageTokens.of(text);
        int directionWord = directionWord(tokens);
        Optional<Direction> direction = directionWord < 0 ? Optional.empty() : Optional.of(directionOf(tokens, directionWord));
        if (OptionSignalReader.isOption(tokens, direction.isPresent())) {
            return OptionSignalReader.read(tokens, direction, today);
        }
        int deskVerb = DeskVerbs.find(tokens);
        if (deskVerb >= 0) { // shares in an options desk's words: "BTO XYZ @ 2.50", "STC XYZ"
            Direction side = DeskVerbs.side(tokens, deskVerb);
            if (DeskVerbs.opens(tokens, deskVerb)) {
                return entry(tokens, Optional.of(side), deskVerb, DESK_VERB_RULE);
            }
            Optional<SignalDraft> partial = ManagementSignalReader.read(tokens).filter(update -> update.update.action() == UpdateAction.CLOSE_PARTIAL);
            return partial.orElseGet(() -> exit(tokens, side, deskVerb, DESK_VERB_RULE, true));
        }
        int closed = closedSide(tokens);
        if (closed >= 0) {
            return exit(tokens, directionOf(tokens, closed + 1), closed, "\"closed\" and the side closed (Closed short:)", false);
        }
        boolean freshEntry = direction.isPresent() && (EntryFields.hasEntryPrice(tokens) || TradeFields.hasStop(tokens));
        if (!freshEntry) {
            Optional<SignalDraft> management = ManagementSignalReader.read(tokens);
            if (management.isPresent()) {
                return management.get();
            }
            if (ManagementSignalReader.isResultPost(tokens)) {
                return SignalDraft.ignored("A result post, not a signal.");
            }
        }
        if (direction.isEmpty() && namesAnEntry(tokens)) {
            return entryByPrices(text);
        }
        return entry(tokens, direction, directionWord, "the first of buy/long/bull… or sell/short/bear…");
    }

    /**
     * "Entry 0.95 Targets 1.00 1.05 Stop 0.90" with no direction written (Cornix): read as a long; a stop above (or a
     * first target below) the entry makes it a short.
     */
    private static SignalDraft entryByPrices(String text) {
        SignalDraft asLong = entry(MessageTokens.of(text), Optional.of(Direction.LONG), -1, null);
        BigDecimal reference = asLong.entry != null ? asLong.entry : asLong.entryRange != null ? asLong.entryRange.low() : null;
        if (reference == null || (asLong.stopLoss == null && asLong.takeProfits.isEmpty())) {
            return SignalDraft.ignored("No buy, sell, long or short, and no stop or target to tell which: not a signal.");
        }
        boolean isLong = asLong.stopLoss != null ? asLong.stopLoss.compareTo(reference) < 0 : asLong.takeProfits.get(0).compareTo(reference) > 0;
        SignalDraft read = isLong ? asLong : entry(MessageTokens.of(text), Optional.of(Direction.SHORT), -1, null);
        read.readFrom("direction", 0, 0, "no direction written: the stop (else the first target) against the entry");
        return read;
    }

    /** An entry keyword with a price after it: "Entry 180", "Enter above 98500". */
    private static boolean namesAnEntry(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWordIn(index, ENTRY_NAMES)) {
                return EntryFields.hasEntryPrice(tokens);
            }
        }
        return false;
    }

    /** "Closed short: SNOW @ 162.30", "closing long ETH": the index of the close word before the side closed, or -1. */
    private static int closedSide(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int side = tokens.next(index);
            if (tokens.isWordIn(index, CLOSED_WORDS) && side == index + 1 && (tokens.isWordIn(side, LONG_WORDS) || tokens.isWordIn(side, SHORT_WORDS))
                    && !tokens.isWordIn(side, OPINIONS)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * Closes the position on that side; a desk verb's exit keeps its price ("STC XELA @ 3.10"), a report ("Closed
     * short:") none. The words that said so are set aside ("BTC GME": the verb is no symbol).
     */
    private static SignalDraft exit(MessageTokens tokens, Direction side, int sideWord, String sideRule, boolean withPrice) {
        SignalDraft draft = new SignalDraft();
        draft.kind = SignalKind.EXIT;
        draft.direction = side;
        draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
        int sideEnd = tokens.isWordIn(sideWord, CLOSED_WORDS) ? sideWord + 1 : sideWord;
        draft.readFrom("direction", tokens, sideWord, sideEnd, sideRule);
        draft.readFrom("update", tokens, sideWord, sideEnd, "an exit closes the position");
        tokens.use(sideWord, sideEnd);
        Optional<SymbolReader.Found> symbol = SymbolReader.locate(tokens);
        if (symbol.isEmpty()) {
            return SignalDraft.ignored("A close without a symbol.");
        }
        SymbolReader.explain(symbol.get(), tokens, draft);
        draft.symbol = SymbolReader.canonical(symbol.get().symbol());
        draft.assetClass = SignalRules.assetClass(draft.symbol, false);
        if (withPrice) {
            TradeFields.readPriceAfter(tokens, EXIT_PRICE_WORDS, draft);
        }
        return draft;
    }

    /**
     * One line, ordinary dashes and spaces, no emoji or Discord markdown ("**ENTRY:** `0.412`") — decoration, not data —
     * except the two that channels write as labels: 🎯 is a target, 🛑 and ⛔ a stop ("🎯$22.60").
     */
    static String normalise(String message) {
        return Normalised.of(message, false).text();
    }

    /**
     * The normalised text and, for explain's spans, where each of its characters stood in the message (not kept for a
     * plain parse: an array three times the message per parse costs more than the parse).
     */
    record Normalised(String text, int[] originalIndex) {

        static Normalised of(String message, boolean withOffsets) {
            StringBuilder out = new StringBuilder(message.length());
            int[] origin = withOffsets ? new int[3 * message.length() + 2] : null; // a label emoji (one char) becomes " SL"
            boolean space = false;
            for (int i = 0; i < message.length(); ) {
                int at = i;
                int c = message.codePointAt(i);
                i += Character.charCount(c);
                String label = c == TARGET_EMOJI ? "TP" : c == STOP_EMOJI || c == NO_ENTRY_EMOJI ? "SL" : null;
                if (label != null) {
                    if (out.length() > 0) {
                        mark(origin, out.length(), at);
                        out.append(' ');
                    }
                    for (int k = 0; k < label.length(); k++) {
                        mark(origin, out.length(), at);
                        out.append(label.charAt(k));
                    }
                    space = true;
                    continue;
                }
                if ((c >= 0x2012 && c <= 0x2015) || c == 0x2212) {
                    c = '-';
                } else if (c == '：') {
                    c = ':';
                } else if (c == '|' || c == '*' || c == '`' || c == '~' || Character.isWhitespace(c)
                        || !(Character.isLetterOrDigit(c) || isAsciiPunctuation(c))) {
                    space = out.length() > 0;
                    continue;
                }
                if (space) {
                    mark(origin, out.length(), at);
                    out.append(' ');
                    space = false;
                }
                mark(origin, out.length(), at);
                out.appendCodePoint(c);
                if (Character.charCount(c) == 2) {
                    mark(origin, out.length() - 1, at + 1);
                }
            }
            mark(origin, out.length(), message.length());
            return new Normalised(out.toString(), origin);
        }

        private static void mark(int[] origin, int index, int at) {
            if (origin != null) {
                origin[index] = at;
            }
        }

        int originalStart(int index) {
            return originalIndex[Math.min(index, text.length())];
        }

        /** Where the character before {@code end} ended in the message. */
        int originalEnd(int end) {
            return end <= 0 ? 0 : originalIndex[Math.min(end, text.length()) - 1] + 1;
        }
    }

    private static boolean isAsciiPunctuation(int c) {
        return c < 128 && (c > 32 && !Character.isLetterOrDigit(c)) && c != 127;
    }

    /**
     * The first of "buy/long/bull…" and "sell/short/bear…" decides (its index, or -1); "bullish" or "bearish" only right
     * after the ticker ("ETHUSDT bullish") or beside a stop — "EURUSD is looking bullish" and "Bearish on TSLA" are opinions.
     */
    private static int directionWord(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWordIn(index, LONG_WORDS) || tokens.isWordIn(index, SHORT_WORDS)) {
                boolean opinion = tokens.isWordIn(index, OPINIONS) && !afterTicker(tokens, index) && !TradeFields.hasStop(tokens);
                return opinion ? -1 : index;
            }
        }
        return -1;
    }

    /** The direction the message's own words give ("buy", "short", …), or empty. */
    static Optional<Direction> directionIn(MessageTokens tokens) {
        int word = directionWord(tokens);
        return word < 0 ? Optional.empty() : Optional.of(directionOf(tokens, word));
    }

    /** Whether the word is one of buy/long/bull… or sell/short/bear…. */
    static boolean isDirectionWord(String word) {
        return LONG_WORDS.contains(word) || SHORT_WORDS.contains(word);
    }

    private static Direction directionOf(MessageTokens tokens, int word) {
        return tokens.isWordIn(word, LONG_WORDS) ? Direction.LONG : Direction.SHORT;
    }

    private static boolean afterTicker(MessageTokens tokens, int index) {
        int before = index - 1;
        if (!tokens.isWord(before) || !SymbolReader.isUpperCaseTicker(tokens.token(before).original())) {
            return false;
        }
        String ticker = tokens.token(before).original();
        return !SymbolReader.NOT_TICKERS.contains(ticker) || SymbolReader.QUOTES.contains(ticker); // "BTC/USDT bullish"
    }

    private static SignalDraft entry(MessageTokens tokens, Optional<Direction> direction, int directionWord, String directionRule) {
        if (direction.isEmpty()) {
            return SignalDraft.ignored("No buy, sell, long or short: not a signal.");
        }
        Optional<SymbolReader.Found> symbol = SymbolReader.locate(tokens);
        if (symbol.isEmpty()) {
            return SignalDraft.ignored("No symbol found.");
        }
        SignalDraft draft = new SignalDraft();
        draft.kind = SignalKind.ENTRY;
        draft.direction = direction.get();
        draft.readFrom("direction", tokens, directionWord, directionWord, directionRule);
        SymbolReader.explain(symbol.get(), tokens, draft);
        // Prices are read without the symbol, so "BTC-USDT" or "$BTC" never count as numbers or ranges.
        markSymbol(tokens, symbol.get().symbol());
        readLeverage(tokens, draft);
        readSize(tokens, draft);
        TradeFields.readQuantity(tokens, draft);
        EntryFields.readOrderWords(tokens, draft);
        TradeFields.readTargets(tokens, draft);
        TradeFields.readStop(tokens, draft);
        EntryFields.readEntry(tokens, draft);
        reviewUnplacedPrices(tokens, draft);
        draft.symbol = SymbolReader.canonical(symbol.get().symbol());
        draft.assetClass = SignalRules.assetClass(draft.symbol, draft.leverage != null);
        SignalRules.validate(draft);
        return draft;
    }

    /**
     * A market order with no stop and no target whose message still holds labelled prices ("BUY XYZ Entrada 50 Objetivo
     * 55 Parada 45"): those prices meant something the parser does not know — a person looks first (and may teach the
     * provider's labels, PRODUCT S6), rather than an order at market without them.
     */
    private static void reviewUnplacedPrices(MessageTokens tokens, SignalDraft draft) {
        if (draft.entry != null || draft.entryRange != null || draft.stopLoss != null || !draft.takeProfits.isEmpty()) {
            return;
        }
        List<String> unplaced = new ArrayList<>();
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int label = index - 1;
            while (label >= 0 && tokens.token(label).kind() == MessageTokens.Kind.MARK && tokens.token(label).text().charAt(0) != '%') {
                label--;
            }
            if (tokens.isNumber(index) && !tokens.isMark(index + 1, '%') && label >= 0 && tokens.token(label).kind() == MessageTokens.Kind.WORD
                    && !tokens.isSymbolMark(label)) {
                unplaced.add(tokens.token(label).original() + " " + tokens.token(index).original());
            }
        }
        if (unplaced.size() >= 2) {
            draft.review("Prices the parser could not place: " + String.join(", ", unplaced) + ".");
        }
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
                    draft.readFrom("leverage", tokens, index, last, "leverage: \"10x\", \"x20\", \"Leverage: Cross (25X)\", \"lev 5\"");
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
            int upTo = number;
            if (tokens.isMark(percent, '-') && tokens.isNumber(tokens.next(percent))) { // "SIZE: 1-4%": the first counts (Cornix)
                upTo = tokens.next(percent);
                percent = tokens.next(upTo);
            }
            boolean isPercent = tokens.isNumber(number) && tokens.text(number).indexOf('k') < 0
                    && tokens.token(number).original().charAt(0) != '$' && tokens.isMark(percent, '%') && tokens.spaced(upTo, percent);
            if (isPercent) {
                if (draft.sizePercent == null) {
                    draft.sizePercent = tokens.number(number);
                    draft.readFrom("sizePercent", tokens, index, percent, "a share of the account: \"risk 1%\", \"Wallet size 3%\"");
                }
                tokens.use(index, percent);
            }
        }
    }
}
