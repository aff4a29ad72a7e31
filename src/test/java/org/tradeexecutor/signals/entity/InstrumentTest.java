package org.tradeexecutor.signals.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One multiplier for every use of a symbol: an OCC option contract is 100 shares, anything else is itself. */
class InstrumentTest {

    @Test
    void anOccSymbolIsAnOptionOnItsRootWorthOneHundredSharesPerContract() {
        Instrument put = Instrument.of("MSFT250117P00210000");
        assertEquals(AssetClass.OPTION, put.assetClass());
        assertEquals("MSFT", put.underlying());
        assertEquals(100, put.multiplier());
        assertEquals(0, new BigDecimal("290").compareTo(put.value(new BigDecimal("2"), new BigDecimal("1.45"))), "2 contracts at 1.45");
        assertTrue(put.wholeUnits());
    }

    @Test
    void anOptionIsWrittenInOccSymbology() {
        Instrument call = Instrument.option("AMZN", LocalDate.of(2027, 12, 20), OptionRight.CALL, new BigDecimal("185.5"));
        assertEquals("AMZN271220C00185500", call.symbol());
        assertEquals(call, Instrument.of(call.symbol()));
    }

    @Test
    void stocksCoinsAndCurrenciesAreThemselves() {
        assertEquals(AssetClass.STOCK, Instrument.of("AAPL").assetClass());
        assertEquals(AssetClass.CRYPTO, Instrument.of("BTCUSDT").assetClass());
        assertEquals(AssetClass.CRYPTO, Instrument.of("SOL").assetClass());
        assertEquals(AssetClass.FOREX, Instrument.of("EURUSD").assetClass());
        assertEquals(1, Instrument.of("AAPL").multiplier());
        assertEquals("AAPL", Instrument.of("AAPL").underlying());
        assertFalse(Instrument.of("BTCUSDT").wholeUnits());
        assertEquals(0, new BigDecimal("-750").compareTo(Instrument.of("TSLA").value(new BigDecimal("-3"), new BigDecimal("250"))));
    }
}
