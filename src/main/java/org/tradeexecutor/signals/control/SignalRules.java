package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Rules every parsed signal obeys, whatever format it came in: its asset class and the sanity of its prices. */
public final class SignalRules {

    static final BigDecimal MAX_LEVERAGE = BigDecimal.valueOf(125);

    private SignalRules() {
    }

    /** The asset class a symbol belongs to (see {@link Instrument}). */
    public static AssetClass assetClass(String symbol) {
        return Instrument.of(symbol).assetClass();
    }

    /** A symbol with leverage that is no pair of currencies and no known coin is a crypto perpetual all the same. */
    static AssetClass assetClass(String symbol, boolean leveraged) {
        AssetClass assetClass = assetClass(symbol);
        return assetClass == AssetClass.STOCK && leveraged ? AssetClass.CRYPTO : assetClass;
    }

    static void validate(SignalDraft draft) {
        BigDecimal reference = draft.entry != null ? draft.entry
                : draft.entryRange != null ? (draft.direction == Direction.LONG ? draft.entryRange.low() : draft.entryRange.high()) : null;
        List<BigDecimal> prices = new ArrayList<>(Arrays.asList(draft.entry, draft.stopLoss));
        prices.addAll(draft.takeProfits);
        for (BigDecimal price : prices) {
            if (price != null && price.signum() <= 0) {
                draft.reject("A price of 0 or less cannot be traded.");
                return;
            }
        }
        if (reference == null) {
            return;
        }
        boolean isLong = draft.direction == Direction.LONG;
        if (draft.stopLoss != null && (isLong ? draft.stopLoss.compareTo(reference) >= 0 : draft.stopLoss.compareTo(reference) <= 0)) {
            draft.reject("The stop loss " + draft.stopLoss.toPlainString() + " is on the wrong side of the entry "
                    + reference.toPlainString() + " for a " + draft.direction.name().toLowerCase(Locale.ROOT) + ".");
        }
        for (BigDecimal target : draft.takeProfits) {
            if (isLong ? target.compareTo(reference) <= 0 : target.compareTo(reference) >= 0) {
                draft.review("The target " + target.toPlainString() + " is on the wrong side of the entry "
                        + reference.toPlainString() + ".");
            }
        }
    }
}
