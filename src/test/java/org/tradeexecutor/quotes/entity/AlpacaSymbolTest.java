package org.tradeexecutor.quotes.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeexecutor.signals.entity.AssetClass;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlpacaSymbolTest {

    @ParameterizedTest
    @CsvSource({
            "AAPL, AAPL, STOCK",
            "BTCUSDT, BTC/USD, CRYPTO",
            "ETHUSD, ETH/USD, CRYPTO",
            "SOL/USD, SOL/USD, CRYPTO",
            "MSFT250117P00210000, MSFT250117P00210000, OPTION"
    })
    void writesSymbolsTheWayAlpacaDoes(String ours, String alpacas, AssetClass assetClass) {
        assertEquals(new AlpacaSymbol(alpacas, assetClass), AlpacaSymbol.of(ours));
    }
}
