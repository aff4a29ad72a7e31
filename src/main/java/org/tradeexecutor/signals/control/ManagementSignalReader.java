package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/**
 * Messages about a trade already open — move the stop ("stops to break even now", "raise stop to $171.50"), close
 * part ("close half", "taking 25% off TSLA"), close ("closing TSLA here", "stopped out"), cancel, a target reached —
 * and result posts ("NVDA puts printing, up 300%!"). None of them ever opens a trade.
 */
final class ManagementSignalReader {

    private static final Set<String> STOP_TARGETS = Set.of("entry", "be", "cost", "breakeven");
    private static final Set<String> STOP_TO = Set.of("to", "at");
    private static final Set<String> MOVE_VERBS = Set.of("move", "moving", "raise", "raising", "set", "trail", "trailing",
            "adjust", "lower", "lowering");
    private static final Set<String> POSSESSIVES = Set.of("the", "my", "your");
    private static final Set<String> PARTIAL_VERBS = Set.of("close", "closing", "take", "taking", "trim", "trimming", "sell",
            "selling", "secure", "securing", "book", "booking", "stc");
    private static final Set<String> TARGET_NAMES = Set.of("tp", "target", "pt");
    private static final Set<String> UNSAID_AMOUNTS = Set.of("some", "partial", "partials");
    private static final Set<String> PROFIT_WORDS = Set.of("profit", "profits");
    private static final Set<String> CLOSE_WORDS = Set.of("closing", "close", "closed", "exit", "exiting", "exited", "cut",
            "cutting");
    private static final Set<String> CANCEL_WORDS = Set.of("cancel", "cancelled", "canceled", "invalidated", "void");
    private static final Set<String> HIT_WORDS = Set.of("hit", "triggered", "taken");
    private static final Set<String> TARGET_WORDS = Set.of("tp", "target", "pt");
    private static final Set<String> REACHED_WORDS = Set.of("hit", "reached", "done", "filled", "smashed", "achieved");
    private static final Set<String> BRAG_WORDS = Set.of("printing", "printed", "gains", "booked", "cashed", "banked", "congrats");
    private static final Set<String> NICE_THINGS = Set.of("win", "trade", "gain");
    private static final Set<String> AFTER_PERCENT = Set.of("gain", "profit", "up");

    private ManagementSignalReader() {
    }

    static Optional<SignalDraft> read(MessageTokens tokens) {
        SignalDraft draft = new SignalDraft();
        Optional<SymbolReader.Found> symbol = SymbolReader.locate(tokens);
        draft.symbol = symbol.map(found -> SymbolReader.canonical(found.symbol())).orElse(null);
        int targetHit = firstFrom(tokens, ManagementSignalReader::isTargetHit);
        if (targetHit >= 0) {
            draft.flags.add("TARGET_HIT");
        }
        int at;
        if ((at = firstFrom(tokens, ManagementSignalReader::isStopToTarget)) >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.MOVE_STOP, null, tokens, at, "the stop to a target (Move SL to TP1)");
            draft.review("The stop moves to a target whose price the message does not say: approve it with the price.");
        } else if ((at = firstFrom(tokens, ManagementSignalReader::isStopToEntry)) >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.MOVE_STOP_TO_ENTRY, null, tokens, at, "the stop to entry or break even");
            draft.flags.add("BREAK_EVEN");
        } else if ((at = stopMovedTo(tokens)) >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.MOVE_STOP, tokens.number(at), tokens, at, "move, raise or set the stop to a price");
        } else if ((at = firstPartialAmount(tokens)) >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.CLOSE_PARTIAL, null, tokens, at, "close, take, trim or sell a part (half, a third, 25%, some)");
            draft.sizePercent = partialPercent(tokens, at);
            if (draft.sizePercent == null) {
                draft.review("How much to close is not said.");
            }
        } else if ((at = firstFrom(tokens, ManagementSignalReader::isStopHit)) >= 0 || (at = firstFrom(tokens, ManagementSignalReader::isClose)) >= 0) {
            update(draft, SignalKind.EXIT, UpdateAction.CLOSE, null, tokens, at, "closing, exit, cut, out of, stopped out, SL hit");
        } else if ((at = firstFrom(tokens, (all, index) -> all.isWordIn(index, CANCEL_WORDS))) >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.CANCEL, null, tokens, at, "cancel, invalidated, void");
        } else if (targetHit >= 0) {
            update(draft, SignalKind.UPDATE, UpdateAction.TAKE_PROFIT_HIT, null, tokens, targetHit, "a target reached (TP1 hit)");
        } else {
            return Optional.empty();
        }
        if (draft.symbol != null) {
            SymbolReader.explain(symbol.get(), tokens, draft);
            draft.assetClass = SignalRules.assetClass(draft.symbol, false);
        }
        return Optional.of(draft);
    }

    private static void update(SignalDraft draft, SignalKind kind, UpdateAction action, BigDecimal price, MessageTokens tokens, int at,
                               String rule) {
        draft.kind = kind;
        draft.update = new ParsedSignal.Update(action, price);
        draft.readFrom("update", tokens, at, at, rule);
    }

    /** "printing", "up 300%", "+45%", "20% gain", "nice win", "congrats": a result post, not a signal. */
    static boolean isResultPost(MessageTokens tokens) {
        return firstFrom(tokens, ManagementSignalReader::isBrag) >= 0;
    }

    private interface TokenTest {
        boolean test(MessageTokens tokens, int index);
    }

    /** The first token the test holds at, or -1. */
    private static int firstFrom(MessageTokens tokens, TokenTest test) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (test.test(tokens, index)) {
                return index;
            }
        }
        return -1;
    }

    /** "stops to entry", "move SL to BE", "stop loss at break-even", "sl @ b/e". */
    private static boolean isStopToEntry(MessageTokens tokens, int index) {
        int stopEnd = stopWordEnd(tokens, index);
        int to = tokens.next(stopEnd);
        int target = tokens.next(to);
        if (stopEnd < 0 || !(tokens.isWordIn(to, STOP_TO) || tokens.isMark(to, '@'))) {
            return false;
        }
        if (tokens.isWordIn(target, STOP_TARGETS)) {
            return true;
        }
        if (tokens.isWord(target, "break")) {
            int even = tokens.isMark(tokens.next(target), '-') ? tokens.next(tokens.next(target)) : tokens.next(target);
            return tokens.isWord(even, "even");
        }
        return tokens.isWord(target, "b") && tokens.isMark(target + 1, '/') && tokens.isWord(target + 2, "e")
                && tokens.touching(target, target + 1) && tokens.touching(target + 1, target + 2);
    }

    /** "Move SL to TP1", "stops to TP2": to a level named, not priced. */
    private static boolean isStopToTarget(MessageTokens tokens, int index) {
        int stopEnd = stopWordEnd(tokens, index);
        int to = tokens.next(stopEnd);
        return stopEnd >= 0 && tokens.isWord(to, "to") && tokens.isWordIn(tokens.next(to), TARGET_NAMES);
    }

    /** The last token of "stop", "stops", "sl", "stop loss", "stop-loss" or "stoploss" at {@code index}, or -1. */
    private static int stopWordEnd(MessageTokens tokens, int index) {
        return tokens.isWord(index, "s") ? -1 : TradeFields.stopKeywordEnd(tokens, index);
    }

    /** "move stop to 152", "raise the stop to $171.50": where the new stop price stands, or -1. */
    private static int stopMovedTo(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!tokens.isWordIn(index, MOVE_VERBS)) {
                continue;
            }
            int stop = tokens.isWordIn(tokens.next(index), POSSESSIVES) ? tokens.next(tokens.next(index)) : tokens.next(index);
            int stopEnd = stopWordEnd(tokens, stop);
            int to = tokens.next(stopEnd);
            int price = tokens.next(to);
            if (stopEnd >= 0 && (tokens.isWordIn(to, STOP_TO) || tokens.isMark(to, '@')) && tokens.isNumber(price)) {
                return price;
            }
        }
        return -1;
    }

    /** "close half", "taking 25% off", "trim a third", "take some profits": where the amount starts, or -1. */
    private static int firstPartialAmount(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!tokens.isWordIn(index, PARTIAL_VERBS)) {
                continue;
            }
            int amount = tokens.isWord(tokens.next(index), "off") ? tokens.next(tokens.next(index)) : tokens.next(index);
            if (isPartialAmount(tokens, amount)) {
                return amount;
            }
        }
        return -1;
    }

    /** A part to close and where it was written ("half", "1/2", "a third", "25%"); percent null when unsaid ("some"). */
    record PartialAmount(BigDecimal percent, int last) {
    }

    /** The part to close written at {@code amount} ("STC 1/2 AMD …"), or empty. */
    static Optional<PartialAmount> partialAmountAt(MessageTokens tokens, int amount) {
        if (!isPartialAmount(tokens, amount)) {
            return Optional.empty();
        }
        int last = fraction(tokens, amount) != null ? amount + 2
                : tokens.isNumber(amount) || tokens.isWord(amount, "a") || tokens.isWordIn(amount, PROFIT_WORDS) ? tokens.next(amount) : amount;
        if (tokens.isWordIn(amount, PROFIT_WORDS)) {
            last = tokens.next(tokens.next(amount)); // "profits on half"
        }
        return Optional.of(new PartialAmount(partialPercent(tokens, amount), last));
    }

    private static boolean isPartialAmount(MessageTokens tokens, int amount) {
        int second = tokens.next(amount);
        return tokens.isWord(amount, "half") || tokens.isWordIn(amount, UNSAID_AMOUNTS)
                || (tokens.isWord(amount, "a") && (tokens.isWord(second, "third") || tokens.isWord(second, "quarter")))
                || fraction(tokens, amount) != null
                || (tokens.isWordIn(amount, PROFIT_WORDS) && tokens.isWord(second, "on") && tokens.isWord(tokens.next(second), "half"))
                || (tokens.isInteger(amount, 2) && tokens.isMark(second, '%') && tokens.spaced(amount, second));
    }

    /** "1/2" → 50, "1/3" → 33.33, else null. */
    private static BigDecimal fraction(MessageTokens tokens, int amount) {
        boolean fraction = tokens.isInteger(amount, 1) && tokens.text(amount).equals("1") && tokens.isMark(amount + 1, '/')
                && tokens.touching(amount, amount + 1) && tokens.touching(amount + 1, amount + 2) && tokens.isInteger(amount + 2, 1);
        if (!fraction) {
            return null;
        }
        return switch (tokens.text(amount + 2)) {
            case "2" -> BigDecimal.valueOf(50);
            case "3" -> third();
            default -> null;
        };
    }

    private static BigDecimal partialPercent(MessageTokens tokens, int amount) {
        int second = tokens.next(amount);
        if (tokens.isNumber(amount) && tokens.isMark(second, '%')) {
            return tokens.number(amount);
        }
        if (tokens.isWord(amount, "half") || tokens.isWordIn(amount, PROFIT_WORDS)) {
            return BigDecimal.valueOf(50);
        }
        if (tokens.isWord(amount, "a")) {
            return tokens.isWord(second, "third") ? third() : BigDecimal.valueOf(25);
        }
        return fraction(tokens, amount);
    }

    private static BigDecimal third() {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
    }

    /** "SL hit", "stop triggered", "stop loss taken". */
    private static boolean isStopHit(MessageTokens tokens, int index) {
        boolean stop = tokens.isWord(index, "sl") || tokens.isWord(index, "stop") || tokens.isWord(index, "stoploss");
        int end = tokens.isWord(index, "stop") && tokens.isWord(tokens.next(index), "loss") ? tokens.next(index) : index;
        return stop && tokens.isWordIn(tokens.next(end), HIT_WORDS);
    }

    /** "closing", "exit", "cut", "get out", "out of", "flat on", "stopped out". */
    private static boolean isClose(MessageTokens tokens, int index) {
        int next = tokens.next(index);
        return tokens.isWordIn(index, CLOSE_WORDS)
                || (tokens.isWord(index, "get") && tokens.isWord(next, "out"))
                || (tokens.isWord(index, "out") && tokens.isWord(next, "of"))
                || (tokens.isWord(index, "flat") && tokens.isWord(next, "on"))
                || (tokens.isWord(index, "stopped") && tokens.isWord(next, "out"));
    }

    /** "TP2 reached", "Target 1 hit", "PT smashed". */
    private static boolean isTargetHit(MessageTokens tokens, int index) {
        if (!tokens.isWordIn(index, TARGET_WORDS)) {
            return false;
        }
        int number = tokens.next(index);
        int end = tokens.isInteger(number, 1) && tokens.spaced(index, number) ? number : index;
        return tokens.isWordIn(tokens.next(end), REACHED_WORDS);
    }

    private static boolean isBrag(MessageTokens tokens, int index) {
        int next = tokens.next(index);
        return tokens.isWordIn(index, BRAG_WORDS)
                || (tokens.isWord(index, "nice") && tokens.isWordIn(next, NICE_THINGS))
                || (tokens.isWord(index, "up") && isPercent(tokens, next))
                || (tokens.isMark(index, '+') && tokens.touching(index, next) && isPercent(tokens, next))
                || (tokens.isNumber(index) && isPercent(tokens, index) && tokens.isWordIn(tokens.next(next), AFTER_PERCENT));
    }

    private static boolean isPercent(MessageTokens tokens, int number) {
        return tokens.isNumber(number) && tokens.isMark(tokens.next(number), '%') && tokens.spaced(number, tokens.next(number));
    }
}
