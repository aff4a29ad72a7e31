package org.tradeexecutor.risk.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.risk.entity.ProviderRecord;
import org.tradeexecutor.risk.entity.SizingMode;
import org.tradeexecutor.risk.entity.SizingRequest;
import org.tradeexecutor.risk.entity.SizingResult;
import org.tradeexecutor.risk.entity.SizingRule;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionSizerTest {

    private static final BigDecimal EQUITY = new BigDecimal("10000");

    @Test
    void riskBasedSizesInUnitsNotDollars() {
        // Reference §6.1.4: 10,000 equity, 2 % risk, entry 45,000, stop 43,000 → 0.1 BTC (the predecessor sent 0.0000022222).
        SizingResult result = size(SizingMode.RISK_BASED, "2", "45000", "43000", "1", 1, false, ProviderRecord.NONE);
        assertEquals(new BigDecimal("0.1"), result.quantity());
        assertTrue(result.explanation().contains("$200.00"), result.explanation());
    }

    @Test
    void riskBasedWorksForShortsToo() {
        assertEquals(new BigDecimal("50"), size(SizingMode.RISK_BASED, "1", "100", "102", "1", 1, true, ProviderRecord.NONE).quantity());
    }

    @Test
    void riskBasedWithoutAStopSizesNothing() {
        SizingResult result = size(SizingMode.RISK_BASED, "2", "100", null, "1", 1, true, ProviderRecord.NONE);
        assertFalse(result.orderable());
        assertTrue(result.explanation().contains("needs a stop"));
    }

    @Test
    void fixedAmountBuysWholeShares() {
        assertEquals(new BigDecimal("6"), size(SizingMode.FIXED_AMOUNT, "1000", "150", null, "1", 1, true, ProviderRecord.NONE).quantity());
    }

    @Test
    void percentOfEquityBuysFractionsOfCoins() {
        assertEquals(new BigDecimal("0.011111"), size(SizingMode.PERCENT_OF_EQUITY, "5", "45000", null, "1", 1, false, ProviderRecord.NONE).quantity());
    }

    @Test
    void theCopyMultiplierScalesBeforeRounding() {
        assertEquals(new BigDecimal("3"), size(SizingMode.FIXED_AMOUNT, "1000", "150", null, "0.5", 1, true, ProviderRecord.NONE).quantity());
        assertEquals(new BigDecimal("13"), size(SizingMode.FIXED_AMOUNT, "1000", "150", null, "2", 1, true, ProviderRecord.NONE).quantity());
    }

    @Test
    void optionsAreSizedInContractsOfOneHundred() {
        // 5 % of 10,000 = 500 for premium 1.45 × 100 = 145 per contract → 3 contracts.
        assertEquals(new BigDecimal("3"), size(SizingMode.PERCENT_OF_EQUITY, "5", "1.45", null, "1", 100, true, ProviderRecord.NONE).quantity());
    }

    @Test
    void lessThanOneShareIsNotOrderable() {
        SizingResult result = size(SizingMode.FIXED_AMOUNT, "100", "150", null, "1", 1, true, ProviderRecord.NONE);
        assertEquals(BigDecimal.ZERO, result.quantity());
        assertTrue(result.explanation().contains("less than one unit"));
    }

    @Test
    void kellyUsesTheProviderRecordCapped() {
        // p = 0.6, W/L = 2 → f = 0.6 − 0.4 / 2 = 0.4 = 40 %, capped at 5 % → 500 ÷ 100 = 5 shares.
        ProviderRecord record = new ProviderRecord(50, new BigDecimal("0.6"), new BigDecimal("4"), new BigDecimal("2"));
        assertEquals(new BigDecimal("40.00"), PositionSizer.kellyPercent(record, new BigDecimal("100")));
        assertEquals(new BigDecimal("5"), size(SizingMode.KELLY, "5", "100", null, "1", 1, true, record).quantity());
    }

    @Test
    void kellyWithoutARecordOrWithoutAnEdgeSizesNothing() {
        assertTrue(size(SizingMode.KELLY, "5", "100", null, "1", 1, true, ProviderRecord.NONE).explanation().contains("20 closed trades"));
        ProviderRecord losing = new ProviderRecord(50, new BigDecimal("0.3"), new BigDecimal("1"), new BigDecimal("1"));
        assertFalse(size(SizingMode.KELLY, "5", "100", null, "1", 1, true, losing).orderable());
    }

    @Test
    void kellyWithTooShortARecordSizesByTheFallbackAndSaysSo() {
        ProviderRecord young = new ProviderRecord(7, new BigDecimal("0.9"), new BigDecimal("5"), new BigDecimal("1"));
        SizingResult result = PositionSizer.size(new SizingRequest(new SizingRule(SizingMode.KELLY, new BigDecimal("5")), EQUITY,
                new BigDecimal("100"), new BigDecimal("98"), BigDecimal.ONE, 1, true, young, new SizingRule(SizingMode.RISK_BASED, new BigDecimal("1"))));
        // 1 % of 10,000 = 100 at risk ÷ 2 per share to the stop = 50 shares
        assertEquals(new BigDecimal("50"), result.quantity());
        assertTrue(result.explanation().startsWith("Kelly sizing needs 20 closed trades of this provider; it has 7, so sized RISK_BASED instead"),
                result.explanation());
    }

    private static SizingResult size(SizingMode mode, String value, String price, String stop, String multiplier, int contractSize,
                                     boolean whole, ProviderRecord record) {
        return PositionSizer.size(new SizingRequest(new SizingRule(mode, new BigDecimal(value)), EQUITY, new BigDecimal(price),
                stop == null ? null : new BigDecimal(stop), new BigDecimal(multiplier), contractSize, whole, record));
    }
}
