package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OptionRight;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.tradeexecutor.signals.control.PriceText.NUMBER;

/**
 * Reads a signal from the free text of a chat message (PRODUCT S4). In this order: options in BTO/STO/STC/BTC style;
 * management messages (move stop, close half, closing, cancel), which never open a trade; result posts and chatter,
 * which are ignored; then entries with their entry, range, stop, targets, leverage and size. Every price is a
 * {@link BigDecimal}. A stop on the wrong side of the entry rejects the signal; doubtful details ask for review.
 * Pure and thread-safe; {@code today} only dates options without a year.
 */
public final class TextSignalParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String SEP = "\\s*(?:at|is|@|:|=|-)?\\s*";

    private static final Pattern LONG_WORD = Pattern.compile("\\b(buy|buying|long|longing|bull|bullish|bought)\\b", FLAGS);
    private static final Pattern SHORT_WORD = Pattern.compile("\\b(sell|selling|short|shorting|bear|bearish|sold)\\b", FLAGS);

    // Options
    private static final Pattern OPTION_VERB = Pattern.compile("\\b(bto|sto|stc|btc)\\b(?!\\s*[/-])", FLAGS);
    private static final Pattern STRIKE = Pattern.compile(
            "(?<![\\d/.])\\$?(\\d+(?:\\.\\d+)?)\\s?(c|p|calls?|puts?)\\b|\\b(calls?|puts?)\\s+\\$?(\\d+(?:\\.\\d+)?)\\b", FLAGS);
    private static final Pattern SPREAD = Pattern.compile("\\b\\d+(?:\\.\\d+)?[cp]?\\s?/\\s?\\d+(?:\\.\\d+)?\\s?[cp]\\b", FLAGS);
    private static final Pattern EXPIRY = Pattern.compile("(?<![\\d.])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern WORD_AFTER_OPTION_VERB = Pattern.compile("\\b(?:bto|sto|stc|btc)\\s+\\$?([a-z]{1,6})\\b", FLAGS);
    private static final Pattern OPTION_PRICE = Pattern.compile("(?:@|\\bat\\b|\\bfor\\b)\\s*" + NUMBER, FLAGS);

    // Management
    private static final Pattern STOP_TO_ENTRY = Pattern.compile(
            "\\b(?:stops?|sl|stop[- ]?loss)\\s+(?:to|at|@)\\s+(?:entry|break\\s?-?even|be|b/e|cost)\\b", FLAGS);
    private static final Pattern STOP_TO_PRICE = Pattern.compile(
            "\\b(?:move|moving|raise|raising|set|trail|trailing|adjust|lower|lowering)\\s+(?:the\\s+|my\\s+|your\\s+)?(?:stops?|sl|stop[- ]?loss)\\s+(?:to|at|@)\\s*" + NUMBER, FLAGS);
    private static final Pattern PARTIAL = Pattern.compile(
            "\\b(?:close|closing|take|taking|trim|trimming|sell|selling|secure|securing|book|booking)\\s+(?:off\\s+)?(half|a\\s+third|1/3|1/2|a\\s+quarter|some|partials?|profits?\\s+on\\s+half|(\\d{1,2})\\s?%)", FLAGS);
    private static final Pattern CLOSE = Pattern.compile(
            "\\b(?:closing|close|closed|exit|exiting|exited|get\\s+out|out\\s+of|flat\\s+on|stopped\\s+out|cut(?:ting)?)\\b", FLAGS);
    private static final Pattern STOP_HIT = Pattern.compile("\\b(?:sl|stop(?:\\s?loss)?)\\s+(?:hit|triggered|taken)\\b", FLAGS);
    private static final Pattern CANCEL = Pattern.compile("\\b(?:cancel|cancelled|canceled|invalidated|void)\\b", FLAGS);
    private static final Pattern TARGET_HIT = Pattern.compile(
            "\\b(?:tp\\s?\\d?|target\\s?\\d?|pt\\s?\\d?)\\s+(?:hit|reached|done|filled|smashed|achieved)\\b", FLAGS);

    // Result posts and chatter
    private static final Pattern BRAG = Pattern.compile(
            "\\b(?:printing|printed|up\\s+\\d+\\s?%|\\+\\d+\\s?%|\\d+\\s?%\\s+(?:gain|profit|up)|gains|booked|cashed|banked|nice\\s+(?:win|trade|gain)|congrats)\\b", FLAGS);

    // Entries
    private static final String VERBS = "buy(?:ing)?|sell(?:ing)?|long(?:ing)?|short(?:ing)?";
    private static final Pattern PAIR_WORDS = Pattern.compile("\\b[a-z]{2,10}\\s?[/_-]\\s?[a-z]{3,5}\\b", FLAGS);
    /** Stands where the symbol was, so that "$GME 28.40" still reads 28.40 as the entry. */
    private static final String SYMBOL_MARK = "_sym_";
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:buy\\s+zone|entry\\s+zone|entry\\s+range|entries|entry|zone|between|" + VERBS + "|" + SYMBOL_MARK + "|@|at)" + SEP
                    + NUMBER + "\\s*(?:-|_|to|–|and|/)\\s*" + NUMBER, FLAGS);
    private static final Pattern AT_MARKET = Pattern.compile("(?:@\\s*|\\bat\\s+)(?:market|mkt|cmp|current\\s+price)\\b|\\bmarket\\s+(?:order|price|buy|sell)\\b|\\bcmp\\b", FLAGS);
    private static final Pattern ENTRY = Pattern.compile(
            "(?:@|\\bat\\b|\\bentry(?:\\s+price)?\\b|\\bprice\\b|\\benter\\b|\\blimit\\b|\\b(?:" + VERBS + "|" + SYMBOL_MARK + ")\\b)" + SEP + NUMBER, FLAGS);
    private static final Pattern STOP = Pattern.compile("\\b(?:sl|s/l|stop[- ]?loss|stoploss|stops?)" + SEP + NUMBER, FLAGS);
    /** "TP1", "Target 2:", "PT3": a target's number, never its price ("TP 160" is 160). */
    private static final String TARGET_INDEX = "(?:\\d|\\s\\d(?=\\s*[:).]))?";
    private static final Pattern TARGETS = Pattern.compile(
            "\\b(?:tps|tp" + TARGET_INDEX + "|t\\d|pt" + TARGET_INDEX + "|targets?" + TARGET_INDEX + "|take[- ]?profits?" + TARGET_INDEX + ")" + SEP
                    + "(" + NUMBER + "(?:\\s*(?:,|/|-|and|&|\\s)\\s*" + NUMBER + ")*)", FLAGS);
    private static final Pattern LEVERAGE = Pattern.compile(
            "\\b(?:leverage|lev)\\s*[:=]?\\s*(?:cross|isolated)?\\s*\\(?\\s*(\\d+(?:\\.\\d+)?)\\s*x?\\)?|\\b(\\d+(?:\\.\\d+)?)\\s?x\\b|\\bx(\\d+)\\b", FLAGS);
    private static final Pattern SIZE_PERCENT = Pattern.compile(
            "\\b(?:wallet\\s+size|position\\s+size|size|risk|allocation|allocate|use)\\s*[:=]?\\s*(\\d+(?:[.,]\\d+)?)\\s?%", FLAGS);
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?)\\s?(?:contracts?|cons?|shares?|lots?|coins?|units?)\\b|\\bqty\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)", FLAGS);


    private TextSignalParser() {
    }

    public static ParsedSignal parse(String message, LocalDate today) {
        if (message == null || message.isBlank()) {
            return ParsedSignal.ignored("The message is empty.");
        }
        String text = normalise(message);
        Matcher optionVerb = OPTION_VERB.matcher(text);
        boolean hasContract = STRIKE.matcher(text).find() || SPREAD.matcher(text).find();
        if ((optionVerb.find() && hasContract) || (hasContract && EXPIRY.matcher(text).find() && direction(text).isPresent())) {
            return option(text, today);
        }
        Optional<Direction> direction = direction(text);
        boolean freshEntry = direction.isPresent() && (ENTRY.matcher(text).find() || STOP.matcher(text).find());
        if (!freshEntry) {
            Optional<ParsedSignal> management = management(text);
            if (management.isPresent()) {
                return management.get();
            }
            if (BRAG.matcher(text).find()) {
                return ParsedSignal.ignored("A result post, not a signal.");
            }
        }
        return entry(text, direction);
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

    private static Optional<Direction> direction(String text) {
        Matcher longWord = LONG_WORD.matcher(text);
        Matcher shortWord = SHORT_WORD.matcher(text);
        int longAt = longWord.find() ? longWord.start() : Integer.MAX_VALUE;
        int shortAt = shortWord.find() ? shortWord.start() : Integer.MAX_VALUE;
        if (longAt == shortAt) {
            return Optional.empty();
        }
        return Optional.of(longAt < shortAt ? Direction.LONG : Direction.SHORT);
    }

    private static ParsedSignal option(String text, LocalDate today) {
        SignalDraft draft = new SignalDraft();
        draft.assetClass = AssetClass.OPTION;
        Matcher verb = OPTION_VERB.matcher(text);
        String action = verb.find() ? verb.group(1).toUpperCase(Locale.ROOT) : null;
        if (action == null) {
            action = direction(text).orElse(Direction.LONG) == Direction.LONG ? "BTO" : "STO";
        }
        draft.kind = action.equals("BTO") || action.equals("STO") ? SignalKind.ENTRY : SignalKind.EXIT;
        draft.direction = action.equals("BTO") || action.equals("STC") ? Direction.LONG : Direction.SHORT;
        if (draft.kind == SignalKind.EXIT) {
            draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
        }
        String withoutVerbs = OPTION_VERB.matcher(text).replaceAll(" ");
        Matcher spread = SPREAD.matcher(withoutVerbs);
        Matcher strike = STRIKE.matcher(withoutVerbs);
        String strikeText;
        String rightText;
        String rest;
        if (spread.find()) {
            draft.review("A spread (two strikes) is not executed automatically.");
            strikeText = PriceText.all(spread.group()).get(0).toPlainString();
            rightText = spread.group().substring(spread.group().length() - 1);
            rest = withoutVerbs.substring(0, spread.start()) + " " + withoutVerbs.substring(spread.end());
        } else {
            strike.find();
            strikeText = strike.group(1) != null ? strike.group(1) : strike.group(4);
            rightText = strike.group(2) != null ? strike.group(2) : strike.group(3);
            rest = withoutVerbs.substring(0, strike.start()) + " " + withoutVerbs.substring(strike.end());
        }
        OptionRight right = rightText.toLowerCase(Locale.ROOT).startsWith("c") ? OptionRight.CALL : OptionRight.PUT;
        LocalDate expiration = null;
        Matcher expiry = EXPIRY.matcher(rest);
        if (expiry.find()) {
            try {
                expiration = expiration(expiry, today);
            } catch (DateTimeException e) {
                draft.reject("The expiry " + expiry.group() + " is not a date.");
            }
            rest = rest.substring(0, expiry.start()) + " " + rest.substring(expiry.end());
        } else {
            draft.review("The option has no expiry date.");
        }
        draft.option = new ParsedSignal.OptionContract(right, PriceText.parse(strikeText), expiration);
        draft.symbol = SymbolReader.find(rest).or(() -> wordAfterOptionVerb(text)).orElse(null);
        if (draft.symbol == null) {
            draft.reject("No underlying symbol found.");
        }
        readPrice(OPTION_PRICE, rest, draft);
        readQuantity(rest, draft);
        readStopAndTargets(rest, draft);
        return draft.build();
    }

    /** "bto qqq 500c": the underlying in lower case right after the verb. */
    private static Optional<String> wordAfterOptionVerb(String text) {
        Matcher word = WORD_AFTER_OPTION_VERB.matcher(text);
        return word.find() && !SymbolReader.NOT_TICKERS.contains(word.group(1).toUpperCase(Locale.ROOT))
                ? Optional.of(word.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** M/D or M/D/YY(YY); without a year, the next such date on or after today. */
    private static LocalDate expiration(Matcher expiry, LocalDate today) {
        int month = Integer.parseInt(expiry.group(1));
        int day = Integer.parseInt(expiry.group(2));
        if (expiry.group(3) != null) {
            int year = Integer.parseInt(expiry.group(3));
            return LocalDate.of(year < 100 ? 2000 + year : year, month, day);
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
        return thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : thisYear;
    }

    private static Optional<ParsedSignal> management(String text) {
        SignalDraft draft = new SignalDraft();
        draft.symbol = SymbolReader.find(text).orElse(null);
        Matcher toPrice = STOP_TO_PRICE.matcher(text);
        Matcher partial = PARTIAL.matcher(text);
        boolean targetHit = TARGET_HIT.matcher(text).find();
        if (targetHit) {
            draft.flags.add("TARGET_HIT");
        }
        if (STOP_TO_ENTRY.matcher(text).find()) {
            draft.kind = SignalKind.UPDATE;
            draft.update = new ParsedSignal.Update(UpdateAction.MOVE_STOP_TO_ENTRY, null);
            draft.flags.add("BREAK_EVEN");
        } else if (toPrice.find()) {
            draft.kind = SignalKind.UPDATE;
            draft.update = new ParsedSignal.Update(UpdateAction.MOVE_STOP, PriceText.parse(toPrice.group(1)));
        } else if (partial.find()) {
            draft.kind = SignalKind.UPDATE;
            draft.update = new ParsedSignal.Update(UpdateAction.CLOSE_PARTIAL, null);
            draft.sizePercent = partialPercent(partial);
            if (draft.sizePercent == null) {
                draft.review("How much to close is not said.");
            }
        } else if (STOP_HIT.matcher(text).find() || CLOSE.matcher(text).find()) {
            draft.kind = SignalKind.EXIT;
            draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
        } else if (CANCEL.matcher(text).find()) {
            draft.kind = SignalKind.UPDATE;
            draft.update = new ParsedSignal.Update(UpdateAction.CANCEL, null);
        } else if (targetHit) {
            draft.kind = SignalKind.UPDATE;
            draft.update = new ParsedSignal.Update(UpdateAction.TAKE_PROFIT_HIT, null);
        } else {
            return Optional.empty();
        }
        if (draft.symbol != null) {
            draft.assetClass = SignalRules.assetClass(draft.symbol, false);
        }
        return Optional.of(draft.build());
    }

    private static BigDecimal partialPercent(Matcher partial) {
        String amount = partial.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (partial.group(2) != null) {
            return new BigDecimal(partial.group(2));
        }
        if (amount.contains("half") || amount.equals("1/2")) {
            return BigDecimal.valueOf(50);
        }
        if (amount.contains("third") || amount.equals("1/3")) {
            return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        }
        if (amount.contains("quarter")) {
            return BigDecimal.valueOf(25);
        }
        return null;
    }

    private static ParsedSignal entry(String text, Optional<Direction> direction) {
        if (direction.isEmpty()) {
            return ParsedSignal.ignored("No buy, sell, long or short: not a signal.");
        }
        Optional<String> symbol = SymbolReader.find(text);
        if (symbol.isEmpty()) {
            return ParsedSignal.ignored("No symbol found.");
        }
        SignalDraft draft = new SignalDraft();
        draft.kind = SignalKind.ENTRY;
        draft.direction = direction.get();
        // Prices are read from the text without the symbol, so "BTC-USDT" or "$BTC" never count as numbers or ranges.
        String rest = PAIR_WORDS.matcher(text).replaceAll(" " + SYMBOL_MARK + " ");
        rest = markSymbol(rest, symbol.get());
        readLeverage(rest, draft);
        readSize(rest, draft);
        readQuantity(rest, draft);
        String prices = stripSizes(rest);
        String withoutTargets = readTargets(prices, draft);
        readStop(withoutTargets, draft);
        readEntry(STOP.matcher(withoutTargets).replaceAll(" "), draft);
        draft.symbol = symbol.get();
        draft.assetClass = SignalRules.assetClass(draft.symbol, draft.leverage != null);
        SignalRules.validate(draft);
        return draft.build();
    }

    /** Replaces the first whole-word occurrence of the symbol (with its "$"), ignoring case, by the marker. */
    private static String markSymbol(String text, String symbol) {
        for (int at = 0; at <= text.length() - symbol.length(); at++) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + symbol.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord && text.regionMatches(true, at, symbol, 0, symbol.length())) {
                int from = at > 0 && text.charAt(at - 1) == '$' ? at - 1 : at;
                return text.substring(0, from) + " " + SYMBOL_MARK + " " + text.substring(end);
            }
        }
        return text;
    }

    /** @param withoutExits the text without its targets and stop */
    private static void readEntry(String withoutExits, SignalDraft draft) {
        Matcher range = RANGE.matcher(withoutExits);
        if (range.find()) {
            BigDecimal first = PriceText.parse(range.group(1));
            BigDecimal second = PriceText.parse(range.group(2));
            draft.entryRange = new ParsedSignal.PriceRange(first.min(second), first.max(second));
            draft.orderType = OrderType.LIMIT;
            return;
        }
        if (AT_MARKET.matcher(withoutExits).find()) {
            draft.orderType = OrderType.MARKET;
            return;
        }
        readPrice(ENTRY, withoutExits, draft);
    }

    /** A price given makes a LIMIT order at it; none, a MARKET order. */
    private static void readPrice(Pattern price, String text, SignalDraft draft) {
        draft.entry = firstNumber(price, text);
        draft.orderType = draft.entry == null ? OrderType.MARKET : OrderType.LIMIT;
    }

    private static void readStopAndTargets(String text, SignalDraft draft) {
        readStop(readTargets(text, draft), draft);
    }

    /** Reads every target; answers the text without them. */
    private static String readTargets(String text, SignalDraft draft) {
        Matcher targets = TARGETS.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        while (targets.find()) {
            draft.takeProfits.addAll(PriceText.all(targets.group(1)));
            targets.appendReplacement(rest, " ");
        }
        targets.appendTail(rest);
        return rest.toString();
    }

    private static void readStop(String textWithoutTargets, SignalDraft draft) {
        draft.stopLoss = firstNumber(STOP, textWithoutTargets);
    }

    private static void readLeverage(String text, SignalDraft draft) {
        draft.leverage = firstNumber(LEVERAGE, text);
        if (draft.leverage != null && draft.leverage.compareTo(SignalRules.MAX_LEVERAGE) > 0) {
            draft.review("Leverage " + draft.leverage + "x is above " + SignalRules.MAX_LEVERAGE + "x.");
        }
    }

    private static void readSize(String text, SignalDraft draft) {
        draft.sizePercent = firstNumber(SIZE_PERCENT, text);
    }

    private static void readQuantity(String text, SignalDraft draft) {
        draft.quantity = firstNumber(QUANTITY, text);
    }

    /** The number of the pattern's first match (its first group that matched), or null. */
    private static BigDecimal firstNumber(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return PriceText.parse(matcher.group(group));
            }
        }
        return null;
    }

    /** Leverage, sizes and quantities are not prices. */
    private static String stripSizes(String text) {
        return QUANTITY.matcher(SIZE_PERCENT.matcher(LEVERAGE.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
    }
}
