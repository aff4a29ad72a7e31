package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OrderType;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The fields entries and options share, read from {@link MessageTokens}: stop, targets, quantity and a price after a
 * keyword. A keyword may be followed by one separator ("SL: 145", "TP = 160", "entry at 150", "Stop - 655").
 */
final class TradeFields {

    private static final Set<String> SEPARATOR_WORDS = Set.of("at", "is");
    private static final Set<String> TARGET_WORDS = Set.of("tp", "pt", "target", "targets", "takeprofit", "takeprofits");
    private static final Set<String> STOP_FILLERS = Set.of("set", "at", "is", "below", "above", "under", "over", "placed", "targets",
            "target", "price");
    private static final Set<String> DISTANCE_UNITS = Set.of("pips", "pip", "points", "pts");
    private static final Set<String> PROFIT_WORDS = Set.of("profit", "profits");
    private static final Set<String> TARGET_NOUNS = Set.of("target", "targets");
    private static final Set<String> QUANTITY_UNITS = Set.of("contract", "contracts", "con", "cons", "share", "shares", "lot",
            "lots", "coin", "coins", "unit", "units");
    private static final Set<String> LIST_WORDS = Set.of("and");

    private TradeFields() {
    }

    /**
     * @param index the token after a keyword, past a label's closing bracket ("(TP1) 1.058") or its currency
     *              ("Targets(USDT):"); answers where its number should stand
     */
    static int afterSeparator(MessageTokens tokens, int index) {
        int at = index;
        if (tokens.isMark(at, '(') && tokens.isWordIn(tokens.next(at), SymbolReader.LOWER_CASE_QUOTES) && tokens.isMark(tokens.next(tokens.next(at)), ')')) {
            at = tokens.next(tokens.next(at));
        }
        at = tokens.isMarkIn(at, ")]") ? tokens.next(at) : at;
        return tokens.isWordIn(at, SEPARATOR_WORDS) || tokens.isMarkIn(at, "@:=-") ? tokens.next(at) : at;
    }

    /** Past a list's numbering ("1) 0.3820", Cornix's blocks): where the item stands, or {@code index} itself. */
    static int pastListNumber(MessageTokens tokens, int index) {
        boolean numbered = tokens.isInteger(index, 2) && tokens.isMark(index + 1, ')') && tokens.touching(index, index + 1);
        return numbered ? tokens.next(index + 1) : index;
    }

    /** The last token of a stop keyword starting at {@code index} (sl, s/l, s-l, stop, stops, stop loss, stop-loss), or -1. */
    static int stopKeywordEnd(MessageTokens tokens, int index) {
        if (tokens.isWord(index, "sl") || tokens.isWord(index, "stops") || tokens.isWord(index, "stoploss")) {
            return index;
        }
        if (tokens.isWord(index, "stop")) {
            int loss = tokens.next(index);
            if (tokens.isWord(loss, "loss") && tokens.spaced(index, loss)) {
                return loss;
            }
            if (tokens.isMark(loss, '-') && tokens.touching(index, loss) && tokens.isWord(loss + 1, "loss") && tokens.touching(loss, loss + 1)) {
                return loss + 1;
            }
            return index;
        }
        boolean spelled = tokens.isWord(index, "s") && tokens.isMarkIn(index + 1, "/-") && tokens.isWord(index + 2, "l")
                && tokens.touching(index, index + 1) && tokens.touching(index + 1, index + 2);
        return spelled ? index + 2 : -1;
    }

    /** Whether a stop with its price is anywhere in the message. */
    static boolean hasStop(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (stopPrice(tokens, index) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the price of a stop whose keyword starts at {@code index} ("SL 145", "SL below 6.45", "SL set at 0.7",
     * "Stop Targets: 1) 0.362"), or -1.
     */
    private static int stopPrice(MessageTokens tokens, int index) {
        int keywordEnd = stopKeywordEnd(tokens, index);
        if (keywordEnd < 0) {
            return -1;
        }
        int price = tokens.next(keywordEnd);
        for (int words = 0; words < 2 && tokens.isWordIn(price, STOP_FILLERS); words++) {
            price = tokens.next(price);
        }
        price = pastListNumber(tokens, afterSeparator(tokens, price));
        return tokens.isNumber(price) ? price : -1;
    }

    /** Reads the first stop and sets every stop with its price aside (they are not entries); a stop in pips asks for review. */
    static void readStop(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int price = stopPrice(tokens, index);
            if (price < 0) {
                continue;
            }
            if (isDistance(tokens, price)) {
                draft.review("The stop is written as a distance (" + tokens.token(price).original() + " " + tokens.text(tokens.next(price))
                        + "), not a price: approve it with the price.");
                tokens.use(index, tokens.next(price));
            } else {
                if (draft.stopLoss == null) {
                    draft.stopLoss = tokens.number(price);
                    draft.readFrom("stopLoss", tokens, index, price, "a stop keyword (SL, stop, stop loss, S-L, Stop Targets:) then its price");
                }
                tokens.use(index, price);
            }
        }
    }

    /** "20 pips", "40 points": how far, not where. */
    private static boolean isDistance(MessageTokens tokens, int number) {
        return tokens.isWordIn(tokens.next(number), DISTANCE_UNITS) && tokens.spaced(number, tokens.next(number));
    }

    /**
     * Reads every target ("TP1 170 TP2 178", "Targets: 1.30 - 1.36 - 1.42", "Take Profit: 31, 29.5", "Tg1 21.5",
     * "T-P (1) 1.0048", "Take-Profit Targets: 1) 0.39 2) 0.398", "1.50$") and sets them aside. In a long, "Sell 74 77 80"
     * after the buy lists targets (Cornix), and "Buy …" after the sell in a short.
     */
    static void readTargets(MessageTokens tokens, SignalDraft draft) {
        boolean directionSeen = false;
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int keywordEnd = targetKeywordEnd(tokens, index);
            if (keywordEnd < 0 && directionSeen && isOppositeVerb(tokens, index, draft)) {
                keywordEnd = index;
            }
            directionSeen |= tokens.isWordIn(index, EntryFields.TRADE_VERBS);
            if (keywordEnd < 0) {
                continue;
            }
            int price = pastListNumber(tokens, afterSeparator(tokens, tokens.next(keywordEnd)));
            if (tokens.isNumber(price) && isDistance(tokens, price)) {
                draft.review("A target is written as a distance (" + tokens.token(price).original() + " " + tokens.text(tokens.next(price))
                        + "), not a price: approve it with the price.");
                tokens.use(index, tokens.next(price));
                continue;
            }
            int last = -1;
            while (tokens.isNumber(price)) {
                draft.takeProfits.add(tokens.number(price));
                last = price;
                int following = tokens.next(price);
                if (tokens.isMark(following, '$') && tokens.touching(price, following)) { // "1.50$"
                    last = following;
                    following = tokens.next(following);
                }
                boolean separator = tokens.isMarkIn(following, ",/-&") || tokens.isWordIn(following, LIST_WORDS);
                int afterSeparator = separator && tokens.isNumber(tokens.next(following)) ? tokens.next(following) : following;
                price = pastListNumber(tokens, afterSeparator);
            }
            if (last >= 0) {
                draft.readFrom("takeProfits", tokens, index, last, keywordEnd == index && tokens.isWordIn(index, EntryFields.TRADE_VERBS)
                        ? "the verb opposite the entry's, then prices (Cornix: Sell 74 77 80 in a long)"
                        : "a target keyword (TP, PT, Tg, Target 1, T-P (1), Take-Profit Targets:, the target emoji) then its prices");
                tokens.use(index, last);
            }
        }
    }

    private static boolean isOppositeVerb(MessageTokens tokens, int index, SignalDraft draft) {
        if (draft.direction == null || !tokens.isNumber(afterSeparator(tokens, tokens.next(index)))) {
            return false;
        }
        return draft.direction == Direction.LONG ? tokens.isWord(index, "sell") : tokens.isWord(index, "buy");
    }

    /**
     * The last token of a target keyword starting at {@code index}, with the target's number if it has one ("TP1",
     * "Target 2:", "PT3", "Target 1- 330", "TP 1 → 0.0083", "T-P (1)" — a target's number, never its price: "TP 160" is
     * 160), or -1. "Entry Targets" and "Stop Targets" are Cornix's entries and stops, not targets.
     */
    private static int targetKeywordEnd(MessageTokens tokens, int index) {
        if (tokens.isWord(index, "tps")) {
            return index;
        }
        if ((tokens.isWord(index, "t") || tokens.isWord(index, "tg")) && tokens.touching(index, index + 1) && tokens.isInteger(index + 1, 1)) {
            return index + 1;
        }
        int keywordEnd = -1;
        if (tokens.isWord(index, "t") && tokens.isMark(index + 1, '-') && tokens.isWord(index + 2, "p") && tokens.touching(index, index + 1)
                && tokens.touching(index + 1, index + 2)) {
            keywordEnd = index + 2;
        } else if (tokens.isWordIn(index, TARGET_WORDS) && !isOtherBlock(tokens, index)) {
            keywordEnd = index;
        } else if (tokens.isWord(index, "take")) {
            int profit = tokens.next(index);
            if (tokens.isMark(profit, '-') && tokens.touching(index, profit) && tokens.touching(profit, profit + 1)) {
                profit = profit + 1;
            } else if (!tokens.spaced(index, profit)) {
                return -1;
            }
            keywordEnd = tokens.isWordIn(profit, PROFIT_WORDS) ? profit : -1;
            if (keywordEnd >= 0 && tokens.isWordIn(tokens.next(keywordEnd), TARGET_NOUNS)) { // "Take-Profit Targets:"
                keywordEnd = tokens.next(keywordEnd);
            }
        }
        if (keywordEnd < 0) {
            return -1;
        }
        return pastTargetNumber(tokens, keywordEnd);
    }

    /** "Entry Targets", "Stop Targets": the word before decides. */
    private static boolean isOtherBlock(MessageTokens tokens, int index) {
        int before = index - 1;
        return tokens.token(index).text().startsWith("target") && before >= 0 && tokens.token(before).kind() == MessageTokens.Kind.WORD
                && (tokens.text(before).equals("entry") || tokens.text(before).equals("stop"));
    }

    /** Past the target's own number after its keyword ("TP1", "Target 2:", "Target 1- 330", "TP 1 0.0083", "T-P (1)"). */
    private static int pastTargetNumber(MessageTokens tokens, int keywordEnd) {
        int number = tokens.next(keywordEnd);
        if (tokens.touching(keywordEnd, number) && tokens.isInteger(number, 1)) {
            return number;
        }
        if (tokens.isMark(number, '(') && tokens.isInteger(number + 1, 1) && tokens.isMark(number + 2, ')')) {
            return number + 2;
        }
        if (!tokens.isInteger(number, 1) || !tokens.spaced(keywordEnd, number) || tokens.token(number).start() <= tokens.token(keywordEnd).end()) {
            return keywordEnd;
        }
        int after = tokens.next(number);
        boolean numbered = tokens.isMarkIn(after, ":).@") || (tokens.isMark(after, '-') && tokens.touching(number, after))
                || (tokens.isNumber(after) && tokens.spaced(number, after));
        return numbered ? number : keywordEnd;
    }

    /** Reads the first quantity ("5 contracts", "100 shares", "qty: 3") and sets every quantity aside. */
    static void readQuantity(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int unit = tokens.next(index);
            int last = -1;
            BigDecimal quantity = null;
            if (tokens.isPlainNumber(index) && tokens.startsWord(index) && tokens.isWordIn(unit, QUANTITY_UNITS)
                    && tokens.spaced(index, unit) && tokens.endsWord(unit)) {
                quantity = tokens.number(index);
                last = unit;
            } else if (tokens.isWord(index, "qty")) {
                int number = tokens.isMarkIn(unit, ":=") ? tokens.next(unit) : unit;
                if (tokens.isPlainNumber(number)) {
                    quantity = tokens.number(number);
                    last = number;
                }
            }
            if (quantity != null) {
                if (draft.quantity == null) {
                    draft.quantity = quantity;
                    draft.readFrom("quantity", tokens, index, last, "a count with its unit (5 contracts, 100 shares, qty 3)");
                }
                tokens.use(index, last);
            }
        }
    }

    /** The first number right after one of the marks or words ("@ 1.45", "at $1.10", "for 2.35"); a LIMIT order at it, else MARKET. */
    static void readPriceAfter(MessageTokens tokens, Set<String> words, SignalDraft draft) {
        draft.entry = null;
        for (int index = tokens.next(-1); index < tokens.size() && draft.entry == null; index = tokens.next(index)) {
            int price = tokens.next(index);
            if ((tokens.isMark(index, '@') || tokens.isWordIn(index, words)) && tokens.isNumber(price)) {
                draft.entry = tokens.number(price);
                draft.readFrom("entry", tokens, index, price, "the price after @, at or for");
            }
        }
        draft.orderType = draft.entry == null ? OrderType.MARKET : OrderType.LIMIT;
    }
}
