package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How an entry is written: one price ("@ 150", "Entry: 680", "Buy Around-300", "$GME 28.40"), a range ("buy zone
 * 480-485", "Entry Zone: 1.25 _ 1.18", "BUY RANGE: 5.40-5.60", "Buy 3200 3150 3100", Cornix's "Entry Targets: 1) … 2) …"),
 * at market ("at market", "CMP", "Buy now 1.0038" — the written price stays as the reference), or an order type after
 * the verb ("BUY STOP 2668", "SELL LIMIT @2637.5", breakouts "Enter above 98500-99000", "Entry below: 9.80").
 */
final class EntryFields {

    /** Words after which a price is the entry; the desk verbs BTO and STO among them. */
    static final Set<String> TRADE_VERBS = Set.of("buy", "buying", "sell", "selling", "long", "longing", "short", "shorting", "bto", "sto");
    private static final Set<String> AT = Set.of("at");
    private static final Set<String> ENTRY_WORDS = Set.of("entry", "entries", "enter", "price", "limit", "zone", "range", "between");
    /** Words that may stand between an entry keyword and its price ("Entry Zone:", "Buy Around-300", "Entry Targets:"). */
    private static final Set<String> FILLERS = Set.of("at", "is", "around", "near", "zone", "range", "price", "targets", "from",
            "above", "below");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "and");
    private static final Set<String> BREAKOUT_WORDS = Set.of("above", "below");
    private static final Set<String> MARKET_WORDS = Set.of("market", "mkt", "cmp");
    private static final Set<String> MARKET_ORDER_WORDS = Set.of("order", "price", "buy", "sell");
    private static final Set<String> BUY_SELL = Set.of("buy", "sell");

    private EntryFields() {
    }

    /**
     * Order-type words after a verb or entry keyword — "BUY STOP", "SELL LIMIT", "buy now", "Enter above", "Entry
     * below" — set the order type and are set aside, so "STOP 2668" is no stop loss.
     */
    static void readOrderWords(MessageTokens tokens, SignalDraft draft) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!isEntryKeyword(tokens, index) && !tokens.isWordIn(index, ENTRY_WORDS)) {
                continue;
            }
            int word = tokens.next(index);
            boolean afterBuyOrSell = tokens.isWordIn(index, BUY_SELL);
            String rule;
            if (tokens.isWordIn(word, BREAKOUT_WORDS)) {
                draft.orderType = OrderType.STOP;
                rule = "a breakout: above or below after the entry word (STOP)";
            } else if (afterBuyOrSell && tokens.isWord(word, "stop") && TradeFields.stopKeywordEnd(tokens, word) == word
                    && !tokens.isMark(tokens.next(word), ':')) { // "buy stop: 43000" is a stop loss
                draft.orderType = OrderType.STOP;
                rule = "buy stop / sell stop (STOP)";
            } else if (afterBuyOrSell && tokens.isWord(word, "limit")) {
                draft.orderType = OrderType.LIMIT;
                rule = "buy limit / sell limit (LIMIT)";
            } else if (tokens.isWord(word, "now") && !tokens.isWordIn(index, ENTRY_WORDS)) {
                draft.orderType = OrderType.MARKET;
                rule = "now after the verb (MARKET, the price kept as the reference)";
            } else {
                continue;
            }
            draft.readFrom("orderType", tokens, index, word, rule);
            tokens.use(word, word);
        }
    }

    /** Whether an entry price is written anywhere (the message is then a fresh entry, not management). */
    static boolean hasEntryPrice(MessageTokens tokens) {
        return entryPrice(tokens) >= 0;
    }

    /** A range, or one entry price; at market (or "now") the order is MARKET and a written price stays the reference. */
    static void readEntry(MessageTokens tokens, SignalDraft draft) {
        int marketWord = atMarket(tokens);
        if (marketWord >= 0) {
            draft.readFrom("orderType", tokens, marketWord, marketWord, "at market, @market, CMP (MARKET)");
        }
        boolean market = draft.orderType == OrderType.MARKET || marketWord >= 0;
        RangeRead range = range(tokens);
        if (range != null) {
            draft.entryRange = range.range();
            draft.readFrom("entryRange", tokens, range.keyword(), range.last(), range.rule());
        } else {
            int price = entryPrice(tokens);
            draft.entry = price >= 0 ? tokens.number(price) : null;
            if (price >= 0) {
                draft.readFrom("entry", tokens, price, price, "the number after @, at, entry, the verb or the symbol");
            }
        }
        boolean priced = draft.entry != null || draft.entryRange != null;
        if (!priced && draft.orderType == OrderType.STOP) {
            draft.review("A breakout (stop) entry without its price.");
        }
        draft.orderType = !priced || market ? OrderType.MARKET : draft.orderType != null ? draft.orderType : OrderType.LIMIT;
    }

    /**
     * The range written after an entry keyword: two prices joined ("480-485", "1.25 _ 1.18", "24 and 23"), several
     * prices in a row ("Buy 3200 3150 3100"), or a numbered list ("Entry Targets: 1) 0.382 2) 0.375"); null if none.
     */
    private static RangeRead range(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int first = numberAfterKeyword(tokens, index);
            if (first < 0) {
                continue;
            }
            int joiner = tokens.next(first);
            int second = tokens.next(joiner);
            if ((tokens.isMarkIn(joiner, "-_/") || tokens.isWordIn(joiner, RANGE_JOINERS)) && tokens.isNumber(second)) {
                return new RangeRead(rangeOf(List.of(tokens.number(first), tokens.number(second))), index, second,
                        "two prices joined by -, _, / , to or and after an entry word");
            }
            List<BigDecimal> prices = new ArrayList<>();
            int last = pricesInARow(tokens, first, prices);
            if (prices.size() > 1) {
                return new RangeRead(rangeOf(prices), index, last, "several entry prices in a row or a numbered list (the range they span)");
            }
        }
        return null;
    }

    /** A range read: the prices, from the keyword to the last price, and how. */
    private record RangeRead(ParsedSignal.PriceRange range, int keyword, int last, String rule) {
    }

    /**
     * "3200 3150 3100" or "1) 0.382 2) 0.375": adds the prices from {@code first} on, each right after the one before;
     * answers the last one's index.
     */
    private static int pricesInARow(MessageTokens tokens, int first, List<BigDecimal> prices) {
        prices.add(tokens.number(first));
        int last = first;
        for (int next = tokens.next(last); ; next = tokens.next(last)) {
            int item = TradeFields.pastListNumber(tokens, next);
            boolean follows = item != next ? tokens.isNumber(item) : tokens.isPlainNumber(next) && tokens.spaced(last, next) && tokens.endsWord(next);
            if (!follows) {
                return last;
            }
            prices.add(tokens.number(item));
            last = item;
        }
    }

    private static ParsedSignal.PriceRange rangeOf(List<BigDecimal> prices) {
        return new ParsedSignal.PriceRange(Collections.min(prices), Collections.max(prices));
    }

    /**
     * The number after an entry keyword at {@code index} ("@", "at", a trade verb, the symbol, "entry", "zone", "range"…),
     * past the words that may follow it ("Entry Zone:", "Buy Around-", "Entry Targets: 1)") and one separator; or -1.
     */
    private static int numberAfterKeyword(MessageTokens tokens, int index) {
        if (!isEntryKeyword(tokens, index) && !tokens.isWordIn(index, ENTRY_WORDS)) {
            return -1;
        }
        int at = tokens.next(index);
        for (int words = 0; words < 2 && tokens.isWordIn(at, FILLERS); words++) {
            at = tokens.next(at);
        }
        int number = TradeFields.pastListNumber(tokens, TradeFields.afterSeparator(tokens, at));
        return tokens.isNumber(number) ? number : -1;
    }

    /** "@", "at", a trade verb or the symbol: words after which a price is the entry. */
    private static boolean isEntryKeyword(MessageTokens tokens, int index) {
        return tokens.isMark(index, '@') || tokens.isWordIn(index, AT) || tokens.isWordIn(index, TRADE_VERBS) || tokens.isSymbolMark(index);
    }

    /** The index of the first entry price ("@ 150", "Entry: 680", "entry price 1.2", "BUY 150", "$GME 28.40"), or -1. */
    private static int entryPrice(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int price = numberAfterKeyword(tokens, index);
            if (price >= 0) {
                return price;
            }
        }
        return -1;
    }

    /** "@ market", "at mkt", "at current price", "market order", "CMP": where it is said, or -1. */
    private static int atMarket(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int next = tokens.next(index);
            boolean at = tokens.isMark(index, '@') || tokens.isWord(index, "at");
            if ((at && (tokens.isWordIn(next, MARKET_WORDS) || (tokens.isWord(next, "current") && tokens.isWord(tokens.next(next), "price"))))
                    || (tokens.isWord(index, "market") && tokens.isWordIn(next, MARKET_ORDER_WORDS))
                    || tokens.isWord(index, "cmp")) {
                return index;
            }
        }
        return -1;
    }
}
