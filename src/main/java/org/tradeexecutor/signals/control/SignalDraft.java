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
        return new ParsedSignal(status, kind, symbol, assetClass, direction, orderType, entry, entryRange, stopLoss,
                takeProfits, quantity, sizePercent, leverage, option, update, flags, reasons);
    }
}
