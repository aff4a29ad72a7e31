package org.tradeexecutor.execution.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrokerCircuitsTest {

    @Test
    void aBrokerIsOpenWhileAnyOfItsBreakersRefusesAndClosedOnceACallGoesThroughAgain() {
        BrokerCircuits circuits = new BrokerCircuits();
        assertEquals(Map.of("alpaca", "closed"), circuits.states(), "known before any call");

        circuits.passed("AlpacaBroker", "submit");
        circuits.open("AlpacaBroker", "state");
        assertEquals(Map.of("alpaca", "open"), circuits.states());
        assertEquals(List.of("alpaca.state"), circuits.openMethods());

        circuits.passed("AlpacaBroker", "state"); // the half-open trial went through
        assertEquals(Map.of("alpaca", "closed"), circuits.states());
        assertEquals(List.of(), circuits.openMethods());
    }
}
