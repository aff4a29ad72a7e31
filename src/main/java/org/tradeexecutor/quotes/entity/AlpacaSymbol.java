package org.tradeexecutor.quotes.entity;

import org.tradeexecutor.signals.entity.Instrument;
import org.tradeexecutor.signals.entity.AssetClass;

/**
 * A symbol as Alpaca writes it: crypto pairs with a slash against USD ("BTCUSDT" → "BTC/USD"), options in OCC
 * symbology ("MSFT250117P00210000", as the planner builds them), stocks unchanged.
 */
public record AlpacaSymbol(String value, AssetClass assetClass) {

    public static AlpacaSymbol of(String symbol) {
        if (symbol.contains("/")) {
            return new AlpacaSymbol(symbol, AssetClass.CRYPTO);
        }
        AssetClass assetClass = Instrument.of(symbol).assetClass();
        return assetClass == AssetClass.CRYPTO ? new AlpacaSymbol(symbol.replaceFirst("(USDT|USDC|USD)$", "") + "/USD", assetClass)
                : new AlpacaSymbol(symbol, assetClass);
    }
}
