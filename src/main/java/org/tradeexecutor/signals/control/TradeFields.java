package org.tradeexecutor.signals.control;

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
    private static final Set<String> PROFIT_WORDS = Set.of("profit", "profits");
    private static final Set<String> QUANTITY_UNITS = Set.of("contract", "contracts", "con", "cons", "share", "shares", "lot",
            "lots", "coin", "coins", "unit", "units");
    private static final Set<String> LIST_WORDS = Set.of("and");

    private TradeFields() {
    }

    /** @param index the token after a keyword; answers where its number should stand */
    static int afterSeparator(MessageTokens tokens, int index) {
        return tokens.isWordIn(index, SEPARATOR_WORDS) || tokens.isMarkIn(index, "@:=-") ? tokens.next(index) : index;
    }

    /** The last token of a stop keyword starting at {@code index} (sl, s/l, stop, stops, stop loss, stop-loss), or -1. */
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
        boolean slashed = tokens.isWord(index, "s") && tokens.isMark(index + 1, '/') && tokens.isWord(index + 2, "l")
                && tokens.touching(index, index + 1) && tokens.touching(index + 1, index + 2);
        return slashed ? index + 2 : -1;
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

    /** The index of the price of a stop whose keyword starts at {@code index}, or -1. */
    private static int stopPrice(MessageTokens tokens, int index) {
        int keywordEnd = stopKeywordEnd(tokens, index);
        if (keywordEnd < 0) {
            return -1;
        }
        int price = afterSeparator(tokens, tokens.next(keywordEnd));
        return tokens.isNumber(price) ? price : -1;
    }

    /** Reads the first stop and sets every stop with its price aside (they are not entries). */
    static void readStop(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int price = stopPrice(tokens, index);
            if (price >= 0) {
                if (draft.stopLoss == null) {
                    draft.stopLoss = tokens.number(price);
                }
                tokens.use(index, price);
            }
        }
    }

    /** Reads every target ("TP1 170 TP2 178", "Targets: 1.30 - 1.36 - 1.42", "Take Profit: 31, 29.5") and sets them aside. */
    static void readTargets(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int keywordEnd = targetKeywordEnd(tokens, index);
            if (keywordEnd < 0) {
                continue;
            }
            int price = afterSeparator(tokens, tokens.next(keywordEnd));
            int last = -1;
            while (tokens.isNumber(price)) {
                draft.takeProfits.add(tokens.number(price));
                last = price;
                int following = tokens.next(price);
                boolean separator = tokens.isMarkIn(following, ",/-&") || tokens.isWordIn(following, LIST_WORDS);
                price = separator && tokens.isNumber(tokens.next(following)) ? tokens.next(following) : following;
            }
            if (last >= 0) {
                tokens.use(index, last);
            }
        }
    }

    /**
     * The last token of a target keyword starting at {@code index}, with the target's number if it has one ("TP1",
     * "Target 2:", "PT3" — a target's number, never its price: "TP 160" is 160), or -1.
     */
    private static int targetKeywordEnd(MessageTokens tokens, int index) {
        if (tokens.isWord(index, "tps")) {
            return index;
        }
        if (tokens.isWord(index, "t") && tokens.touching(index, index + 1) && tokens.isInteger(index + 1, 1)) {
            return index + 1;
        }
        int keywordEnd = -1;
        if (tokens.isWordIn(index, TARGET_WORDS)) {
            keywordEnd = index;
        } else if (tokens.isWord(index, "take")) {
            int profit = tokens.next(index);
            if (tokens.isMark(profit, '-') && tokens.touching(index, profit) && tokens.touching(profit, profit + 1)) {
                profit = profit + 1;
            } else if (!tokens.spaced(index, profit)) {
                return -1;
            }
            keywordEnd = tokens.isWordIn(profit, PROFIT_WORDS) ? profit : -1;
        }
        if (keywordEnd < 0) {
            return -1;
        }
        int number = tokens.next(keywordEnd);
        if (tokens.touching(keywordEnd, number) && tokens.isInteger(number, 1)) {
            return number;
        }
        boolean numbered = tokens.isInteger(number, 1) && tokens.spaced(keywordEnd, number)
                && tokens.token(number).start() > tokens.token(keywordEnd).end() && tokens.isMarkIn(tokens.next(number), ":).");
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
            }
        }
        draft.orderType = draft.entry == null ? OrderType.MARKET : OrderType.LIMIT;
    }
}
