package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The fields a parser has found so far; becomes an immutable {@link ParsedSignal}. */
final class SignalDraft {

    ParseStatus status = ParseStatus.VALID;
    SignalKind kind;
    String symbol;
    AssetClass assetClass;
    Direction direction;
    OrderType orderType;
    BigDecimal entry;
    ParsedSignal.PriceRange entryRange;
    BigDecimal stopLoss;
    final List<BigDecimal> takeProfits = new ArrayList<>();
    BigDecimal quantity;
    BigDecimal sizePercent;
    BigDecimal leverage;
    ParsedSignal.OptionContract option;
    ParsedSignal.Update update;
    final List<String> flags = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    /** Where each field was read, in the coordinates of the text the reader walked (explain, PRODUCT S5). */
    final List<Span> spans = new ArrayList<>();

    /** Characters {@code [start, end)} of the walked text that gave {@code field}, and the rule that read them. */
    record Span(String field, int start, int end, String rule) {
    }

    /** Not a signal at all (chatter, a greeting, a brag). */
    static SignalDraft ignored(String reason) {
        SignalDraft draft = new SignalDraft();
        draft.status = ParseStatus.IGNORED;
        draft.reasons.add(reason);
        return draft;
    }

    /** Records that the tokens {@code first}..{@code last} gave {@code field} by {@code rule}. */
    void readFrom(String field, MessageTokens tokens, int first, int last, String rule) {
        if (first >= 0 && last >= first && last < tokens.size()) {
            spans.add(new Span(field, tokens.token(first).start(), tokens.token(last).end(), rule));
        }
    }

    /** Records that the characters {@code [start, end)} gave {@code field} by {@code rule}. */
    void readFrom(String field, int start, int end, String rule) {
        if (start >= 0 && end >= start) {
            spans.add(new Span(field, start, end, rule));
        }
    }

    /** Marks the signal REJECTED (it must never run); a rejection outranks a review. */
    void reject(String reason) {
        status = ParseStatus.REJECTED;
        reasons.add(reason);
    }

    /** Marks the signal for a person to check before anything runs. */
    void review(String reason) {
        if (status == ParseStatus.VALID) {
            status = ParseStatus.NEEDS_REVIEW;
        }
        reasons.add(reason);
    }

    ParsedSignal build() {
        if (status == ParseStatus.IGNORED) {
            return ParsedSignal.ignored(reasons.isEmpty() ? "Not a signal." : reasons.get(0));
        }
        return new ParsedSignal(status, kind, symbol, assetClass, direction, orderType, entry, entryRange, stopLoss,
                takeProfits, quantity, sizePercent, leverage, option, update, flags, reasons);
    }
}
