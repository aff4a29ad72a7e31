package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules every parsed signal obeys, whatever format it came in: its asset class and the sanity of its prices. */
public final class SignalRules {

    static final BigDecimal MAX_LEVERAGE = BigDecimal.valueOf(125);
    private static final Set<String> KNOWN_CRYPTO = Set.of("BTC", "ETH", "SOL", "ADA", "XRP", "DOGE", "BNB", "MATIC", "ARB",
            "AVAX", "DOT", "LINK", "LTC", "OP", "SHIB", "PEPE", "TRX", "TON", "ATOM", "NEAR", "APT", "SUI", "INJ", "SEI", "TIA",
            "WIF", "BONK", "FIL", "UNI", "AAVE", "ETC", "BCH", "XLM", "HBAR", "ICP", "RNDR", "FET", "WLD", "JUP");
    private static final Set<String> FIAT = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "NZD", "SEK", "NOK");
    private static final Set<String> CRYPTO_QUOTES = Set.of("USDT", "USDC", "BUSD", "PERP", "BTC", "ETH");

    private SignalRules() {
    }

    /** The asset class a symbol belongs to: a pair of currencies is forex, a known coin or crypto quote is crypto. */
    public static AssetClass assetClass(String symbol) {
        return assetClass(symbol, false);
    }

    static AssetClass assetClass(String symbol, boolean leveraged) {
        for (String quote : List.of("USDT", "USDC", "BUSD", "PERP", "USD", "EUR", "JPY", "GBP", "CHF", "CAD", "AUD", "BTC", "ETH")) {
            if (symbol.length() > quote.length() && symbol.endsWith(quote)) {
                String base = symbol.substring(0, symbol.length() - quote.length());
                if (FIAT.contains(base) && FIAT.contains(quote)) {
                    return AssetClass.FOREX;
                }
                if (KNOWN_CRYPTO.contains(base) || CRYPTO_QUOTES.contains(quote)) {
                    return AssetClass.CRYPTO;
                }
            }
        }
        if (KNOWN_CRYPTO.contains(symbol) || leveraged) {
            return AssetClass.CRYPTO;
        }
        return AssetClass.STOCK;
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
