package org.tradeexecutor.quotes.entity;

import org.tradeexecutor.signals.control.SignalRules;
import org.tradeexecutor.signals.entity.AssetClass;

/**
 * A symbol as Alpaca writes it: crypto pairs with a slash against USD ("BTCUSDT" → "BTC/USD"), options in OCC
 * symbology ("MSFT250117P00210000", as the planner builds them), stocks unchanged.
 */
public record AlpacaSymbol(String value, AssetClass assetClass) {

    private static final String OCC = "[A-Z]{1,6}\\d{6}[CP]\\d{8}";

    public static AlpacaSymbol of(String symbol) {
        if (symbol.contains("/")) {
            return new AlpacaSymbol(symbol, AssetClass.CRYPTO);
        }
        if (symbol.matches(OCC)) {
            return new AlpacaSymbol(symbol, AssetClass.OPTION);
        }
        AssetClass assetClass = SignalRules.assetClass(symbol);
        return assetClass == AssetClass.CRYPTO ? new AlpacaSymbol(symbol.replaceFirst("(USDT|USDC|USD)$", "") + "/USD", assetClass)
                : new AlpacaSymbol(symbol, assetClass);
    }
}
