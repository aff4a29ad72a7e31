package org.tradeexecutor.quotes.control;

import org.tradeexecutor.signals.control.SignalRules;

import java.math.BigDecimal;

/** The smallest price step a market quotes in, by the asset class of the symbol and its price. */
final class TickSize {

    private TickSize() {
    }

    static BigDecimal of(String symbol, BigDecimal price) {
        return switch (SignalRules.assetClass(symbol)) {
            case FOREX -> symbol.endsWith("JPY") ? new BigDecimal("0.001") : new BigDecimal("0.00001");
            case CRYPTO -> price.compareTo(BigDecimal.valueOf(1000)) >= 0 ? new BigDecimal("0.1")
                    : price.compareTo(BigDecimal.ONE) >= 0 ? new BigDecimal("0.001") : new BigDecimal("0.00000001");
            default -> price.compareTo(BigDecimal.ONE) >= 0 ? new BigDecimal("0.01") : new BigDecimal("0.0001");
        };
    }
}
