package org.tradeexecutor.execution.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnbookedFillsTest {

    private final UnbookedFills unbooked = new UnbookedFills();

    @Test
    void aFollowerStaysMarkedUntilTheLastOfTheirSendsIsBooked() {
        UnbookedFills.Mark entry = unbooked.sending(List.of("ann", "bob", "ann"));
        UnbookedFills.Mark anotherSignal = unbooked.sending(List.of("ann"));
        assertTrue(unbooked.mayHoldUnbooked("ann"));
        assertTrue(unbooked.mayHoldUnbooked("bob"));
        assertFalse(unbooked.mayHoldUnbooked("cid"));

        entry.close();
        assertTrue(unbooked.mayHoldUnbooked("ann"), "another signal's order of hers is still on its way");
        assertFalse(unbooked.mayHoldUnbooked("bob"), "his only send is booked");

        anotherSignal.close();
        assertFalse(unbooked.mayHoldUnbooked("ann"));
    }
}
