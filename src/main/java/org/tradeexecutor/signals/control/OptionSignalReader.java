package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OptionRight;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Options in BTO/STO/STC/BTC style: a strike with C/P or call/put ("210P", "45C", "calls 150"), an expiry M/D or
 * M/D/YY(YY) anywhere in the message, a price after "@", "at" or "for" (or written right after the contract or its
 * expiry). The verbs are {@link DeskVerbs}. A spread (two strikes) is read but left for review.
 */
final class OptionSignalReader {

    private static final Set<String> RIGHTS = Set.of("c", "p", "call", "calls", "put", "puts");
    private static final Set<String> RIGHT_WORDS = Set.of("call", "calls", "put", "puts");
    private static final Set<String> RIGHT_LETTERS = Set.of("c", "p");
    private static final Set<String> PRICE_WORDS = Set.of("at", "for");
    /** Flags a spread: read for the record, never executed (one leg of it would be another trade). */
    static final String SPREAD = "SPREAD";

    /** Where a contract was written: its tokens, strike and right. */
    private record Contract(int first, int last, BigDecimal strike, String right) {
    }

    /** Where an expiry was written and the date it means (null when it is no date). */
    private record Expiry(int first, int last, int month, int day, Integer year) {
    }

    private OptionSignalReader() {
    }

    /** An option: a verb and a contract, or a contract, an expiry and a direction word ("buy AMD 12/20 150c"). */
    static boolean isOption(MessageTokens tokens, boolean hasDirection) {
        boolean hasContract = spread(tokens) != null || strike(tokens) != null;
        return hasContract && (DeskVerbs.find(tokens) >= 0 || (hasDirection && expiry(tokens) != null));
    }

    static SignalDraft read(MessageTokens tokens, Optional<Direction> direction, LocalDate today) {
        SignalDraft draft = new SignalDraft();
        draft.assetClass = AssetClass.OPTION;
        int verb = DeskVerbs.find(tokens);
        String action = verb >= 0 ? tokens.text(verb).toUpperCase(Locale.ROOT)
                : direction.orElse(Direction.LONG) == Direction.LONG ? "BTO" : "STO";
        draft.kind = action.equals("BTO") || action.equals("STO") ? SignalKind.ENTRY : SignalKind.EXIT;
        draft.direction = action.equals("BTO") || action.equals("STC") ? Direction.LONG : Direction.SHORT;
        draft.readFrom("direction", tokens, verb, verb, verb >= 0 ? "an options desk's verb: BTO/STC a long, STO/BTC a short"
                : "buy or sell beside a contract and its expiry");
        if (draft.kind == SignalKind.EXIT) {
            draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
        }
        if (draft.kind == SignalKind.EXIT) { // "STC 1/2 AMD 12/20 150c": a part, and "1/2" is no expiry
            ManagementSignalReader.partialAmountAt(tokens, tokens.next(verb)).ifPresent(part -> {
                draft.kind = SignalKind.UPDATE;
                draft.update = new ParsedSignal.Update(UpdateAction.CLOSE_PARTIAL, null);
                draft.sizePercent = part.percent();
                if (part.percent() == null) {
                    draft.review("How much to close is not said.");
                }
                draft.readFrom("sizePercent", tokens, tokens.next(verb), part.last(), "the part after STC (half, 1/2, 25%)");
                tokens.use(tokens.next(verb), part.last());
            });
        }
        int countAfterVerb = countAfterVerb(tokens);
        BigDecimal contracts = countAfterVerb >= 0 ? tokens.number(countAfterVerb) : null;
        Optional<SymbolReader.Found> underlyingAfterVerb = underlyingAfterVerb(tokens);
        for (int index = DeskVerbs.find(tokens); index >= 0; index = DeskVerbs.find(tokens)) {
            tokens.use(index, index);
        }
        Contract contract = spread(tokens);
        if (contract != null) {
            draft.review("A spread (two strikes) is not executed automatically.");
            draft.flags.add(SPREAD);
        } else {
            contract = strike(tokens);
        }
        draft.readFrom("option.strike", tokens, contract.first(), contract.last(), "a strike with C/P or call/put (185c, 150 puts)");
        tokens.use(contract.first(), contract.last());
        OptionRight right = contract.right().startsWith("c") ? OptionRight.CALL : OptionRight.PUT;
        LocalDate expiration = null;
        Expiry expiry = expiry(tokens);
        if (expiry != null) {
            try {
                expiration = expiration(expiry, today);
            } catch (DateTimeException e) {
                draft.reject("The expiry " + expiry.month() + "/" + expiry.day() + (expiry.year() == null ? "" : "/" + expiry.year())
                        + " is not a date.");
            }
            draft.readFrom("option.expiration", tokens, expiry.first(), expiry.last(), "M/D or M/D/YY(YY); without a year the next such date");
            tokens.use(expiry.first(), expiry.last());
        } else {
            draft.review("The option has no expiry date.");
        }
        draft.option = new ParsedSignal.OptionContract(right, contract.strike(), expiration);
        Contract written = contract;
        Optional<SymbolReader.Found> underlying = SymbolReader.locate(tokens).or(() -> underlyingAfterVerb)
                .or(() -> tickerNextTo(tokens, written.first(), written.last()))
                .or(() -> expiry == null ? Optional.empty() : tickerNextTo(tokens, expiry.first(), expiry.last()));
        underlying.ifPresent(found -> SymbolReader.explain(found, tokens, draft));
        draft.symbol = underlying.map(SymbolReader.Found::symbol).orElse(null);
        if (draft.symbol == null) {
            draft.reject("No underlying symbol found.");
        }
        TradeFields.readPriceAfter(tokens, PRICE_WORDS, draft);
        TradeFields.readQuantity(tokens, draft);
        if (draft.quantity == null && contracts != null) {
            draft.quantity = contracts;
            draft.readFrom("quantity", tokens, countAfterVerb, countAfterVerb, "a whole count between the verb and the underlying");
        }
        if (draft.entry == null) {
            priceWrittenAfter(tokens, contract.last(), draft);
        }
        if (draft.entry == null && expiry != null) {
            priceWrittenAfter(tokens, expiry.last(), draft);
        }
        TradeFields.readTargets(tokens, draft);
        TradeFields.readStop(tokens, draft);
        return draft;
    }

    /** "BTO LB 12/19 40c .40": a price written right after the contract or its expiry, without "@". */
    private static void priceWrittenAfter(MessageTokens tokens, int last, SignalDraft draft) {
        int price = tokens.next(last);
        if (tokens.isNumber(price) && tokens.spaced(last, price) && tokens.endsWord(price) && !tokens.isMark(price + 1, '/')) {
            draft.entry = tokens.number(price);
            draft.readFrom("entry", tokens, price, price, "a price written right after the contract or its expiry");
            draft.orderType = OrderType.LIMIT;
            tokens.use(price, price);
        }
    }

    /** "BTO 4 SPY 12/20 600c": a whole count between the verb and the underlying is the number of contracts (set aside); its index or -1. */
    private static int countAfterVerb(MessageTokens tokens) {
        int verb = DeskVerbs.find(tokens);
        int count = verb + 1;
        if (verb < 0 || !tokens.isPlainNumber(count) || !tokens.isWord(count + 1) || tokens.isWordIn(count + 1, RIGHTS)
                || tokens.touching(count, count + 1) || tokens.text(count).contains(".")) { // "STO 8204 p" is a strike
            return -1;
        }
        BigDecimal contracts = tokens.number(count);
        if (contracts.scale() > 0 || contracts.signum() <= 0 || contracts.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return -1;
        }
        tokens.use(count, count);
        return count;
    }

    /** "bto qqq 500c": the underlying in lower case right after the verb. */
    private static Optional<SymbolReader.Found> underlyingAfterVerb(MessageTokens tokens) {
        int verb = DeskVerbs.find(tokens);
        int word = tokens.isMark(verb + 1, '$') ? verb + 2 : verb + 1;
        if (verb < 0 || !tokens.isWord(word) || tokens.touching(verb, verb + 1) || tokens.text(word).length() > 6
                || !tokens.endsWord(word)) {
            return Optional.empty();
        }
        String symbol = tokens.text(word).toUpperCase(Locale.ROOT);
        return SymbolReader.NOT_TICKERS.contains(symbol) ? Optional.empty()
                : Optional.of(new SymbolReader.Found(symbol, word, word, "the word after the verb (bto qqq)"));
    }

    /**
     * "BTO 12/20 ON 60c": an upper-case ticker written right before or after the contract or its expiry, even one that
     * is also a word (ON, ALL, ET) — in that place it can only be the underlying.
     */
    private static Optional<SymbolReader.Found> tickerNextTo(MessageTokens tokens, int first, int last) {
        for (int word : new int[]{first - 1, tokens.next(last)}) {
            if (tokens.isWord(word) && tokens.text(word).length() <= 5 && SymbolReader.isUpperCaseTicker(tokens.token(word).original())
                    && !RIGHTS.contains(tokens.text(word)) && tokens.startsWord(word) && tokens.endsWord(word)) {
                return Optional.of(new SymbolReader.Found(tokens.token(word).original(), word, word,
                        "an upper-case ticker beside the contract or its expiry (BTO 12/20 ON 60c)"));
            }
        }
        return Optional.empty();
    }

    /** "210P", "45 c", "$150 calls", "calls 150": the first strike with its right. */
    private static Contract strike(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            int next = tokens.next(index);
            boolean afterDateOrNumber = tokens.touching(index - 1, index)
                    && (tokens.token(index - 1).kind() == MessageTokens.Kind.NUMBER || tokens.isMarkIn(index - 1, "/."));
            if (isStrikeNumber(tokens, index) && !afterDateOrNumber && tokens.isWordIn(next, RIGHTS) && tokens.spaced(index, next)
                    && tokens.endsWord(next)) {
                return new Contract(index, next, tokens.number(index), tokens.text(next));
            }
            if (tokens.isWordIn(index, RIGHT_WORDS) && isStrikeNumber(tokens, next) && !tokens.touching(index, next)
                    && tokens.endsWord(next)) {
                return new Contract(index, next, tokens.number(next), tokens.text(index));
            }
        }
        return null;
    }

    /** "200/210C", "200c/210c": two strikes; the first is kept, the right is the last letter. */
    private static Contract spread(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!isStrikeNumber(tokens, index) || !tokens.startsWord(index)) {
                continue;
            }
            int beforeSlash = tokens.touching(index, index + 1) && tokens.isWordIn(index + 1, RIGHT_LETTERS) ? index + 1 : index;
            int slash = tokens.next(beforeSlash);
            int second = tokens.next(slash);
            int right = tokens.next(second);
            if (tokens.isMark(slash, '/') && tokens.spaced(beforeSlash, slash) && isStrikeNumber(tokens, second)
                    && tokens.spaced(slash, second) && tokens.isWordIn(right, RIGHT_LETTERS) && tokens.spaced(second, right)
                    && tokens.endsWord(right)) {
                return new Contract(index, right, tokens.number(index), tokens.text(right));
            }
        }
        return null;
    }

    /** "$150" is a strike too; "45,000" or "61.5k" is not. */
    private static boolean isStrikeNumber(MessageTokens tokens, int index) {
        if (!tokens.isNumber(index)) {
            return false;
        }
        String text = tokens.text(index);
        return text.indexOf(',') < 0 && text.indexOf('k') < 0;
    }

    /** M/D or M/D/YY(YY), not part of a longer number or date. */
    static Expiry expiry(MessageTokens tokens) {
        for (int month = tokens.next(-1); month < tokens.size(); month = tokens.next(month)) {
            int day = month + 2;
            boolean monthAndDay = tokens.isInteger(month, 2) && tokens.isMark(month + 1, '/') && tokens.isInteger(day, 2)
                    && tokens.touching(month, month + 1) && tokens.touching(month + 1, day);
            boolean afterNumber = tokens.touching(month - 1, month)
                    && (tokens.token(month - 1).kind() == MessageTokens.Kind.NUMBER || tokens.isMark(month - 1, '.'));
            if (!monthAndDay || afterNumber) {
                continue;
            }
            int last = day;
            Integer year = null;
            int yearAt = day + 2;
            if (tokens.touching(day, day + 1) && tokens.isMark(day + 1, '/') && tokens.touching(day + 1, yearAt)
                    && tokens.isInteger(yearAt, 4) && tokens.text(yearAt).length() != 3 && tokens.text(yearAt).length() != 1) {
                year = Integer.parseInt(tokens.text(yearAt));
                last = yearAt;
            }
            boolean continues = tokens.touching(last, last + 1)
                    && (tokens.token(last + 1).kind() == MessageTokens.Kind.NUMBER || tokens.isMark(last + 1, '/'));
            if (!continues) {
                return new Expiry(month, last, Integer.parseInt(tokens.text(month)), Integer.parseInt(tokens.text(day)), year);
            }
        }
        return null;
    }

    /** M/D or M/D/YY(YY); without a year, the next such date on or after today. */
    private static LocalDate expiration(Expiry expiry, LocalDate today) {
        if (expiry.year() != null) {
            int year = expiry.year();
            return LocalDate.of(year < 100 ? 2000 + year : year, expiry.month(), expiry.day());
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), expiry.month(), expiry.day());
        return thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, expiry.month(), expiry.day()) : thisYear;
    }
}
