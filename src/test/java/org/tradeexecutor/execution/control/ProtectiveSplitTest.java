package org.tradeexecutor.execution.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Targets split the filled quantity evenly; whole units where the asset needs them, the last target takes the rest. */
class ProtectiveSplitTest {

    @Test
    void sharesSplitIntoWholePiecesWithTheRemainderLast() {
        assertEquals(List.of(new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("4")), ProtectiveOrders.split(new BigDecimal("10"), 3, true));
    }

    @Test
    void fewerSharesThanTargetsMakeFewerTargets() {
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.ONE), ProtectiveOrders.split(new BigDecimal("2"), 3, true));
    }

    @Test
    void coinsSplitIntoFractions() {
        assertEquals(List.of(new BigDecimal("0.033333"), new BigDecimal("0.033333"), new BigDecimal("0.033334")),
                ProtectiveOrders.split(new BigDecimal("0.1"), 3, false));
    }
}
