package org.tradeexecutor.execution.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Position P&L (reference §6.4): average entry, realised profit of longs and shorts, fees, flips. */
class HoldingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void addingToAPositionAveragesTheEntry() {
        Holding held = Holding.flat("AAPL").afterFill(d("10"), d("100"), d("1")).afterFill(d("30"), d("120"), d("1"));
        assertEquals(0, d("40").compareTo(held.quantity()));
        assertEquals(0, d("115").compareTo(held.averageEntry()), "(10 × 100 + 30 × 120) ÷ 40");
        assertEquals(0, d("-2").compareTo(held.realisedPnl()), "fees are costs");
    }

    @Test
    void closingALongRealisesPriceMinusEntryTimesQuantity() {
        Holding held = Holding.flat("AAPL").afterFill(d("10"), d("100"), BigDecimal.ZERO);
        Holding half = held.afterFill(d("-5"), d("110"), BigDecimal.ZERO);
        assertEquals(0, d("50").compareTo(half.realisedPnl()));
        assertEquals(0, d("100").compareTo(half.averageEntry()), "the rest keeps its entry");
        Holding closed = half.afterFill(d("-5"), d("90"), d("0.5"));
        assertEquals(0, BigDecimal.ZERO.compareTo(closed.quantity()));
        assertEquals(0, d("-0.5").compareTo(closed.realisedPnl()), "+50 − 50 − 0.5 fee");
    }

    @Test
    void aShortProfitsWhenThePriceFalls() {
        Holding held = Holding.flat("TSLA").afterFill(d("-4"), d("250"), BigDecimal.ZERO).afterFill(d("4"), d("240"), BigDecimal.ZERO);
        assertEquals(0, d("40").compareTo(held.realisedPnl()));
    }

    @Test
    void goingThroughZeroOpensTheRestAtTheFillPrice() {
        Holding flipped = Holding.flat("BTCUSDT").afterFill(d("0.5"), d("40000"), BigDecimal.ZERO).afterFill(d("-0.75"), d("42000"), BigDecimal.ZERO);
        assertEquals(0, d("-0.25").compareTo(flipped.quantity()));
        assertEquals(0, d("42000").compareTo(flipped.averageEntry()));
        assertEquals(0, d("1000").compareTo(flipped.realisedPnl()), "0.5 × (42,000 − 40,000)");
        assertEquals(0, d("-10250").compareTo(flipped.valueAt(d("41000"))), "a short is worth what closing it costs");
    }

    @Test
    void anOptionContractMovesOneHundredSharesOfMoney() {
        Holding puts = Holding.flat("MSFT250117P00210000").afterFill(d("3"), d("2.10"), BigDecimal.ZERO);
        assertEquals(0, d("2.10").compareTo(puts.averageEntry()), "the premium stays per share");
        assertEquals(0, d("750").compareTo(puts.valueAt(d("2.50"))), "3 contracts × 2.50 × 100");
        Holding closed = puts.afterFill(d("-3"), d("2.50"), d("1"));
        assertEquals(0, d("119").compareTo(closed.realisedPnl()), "3 × (2.50 − 2.10) × 100 − 1 fee");
    }
}
