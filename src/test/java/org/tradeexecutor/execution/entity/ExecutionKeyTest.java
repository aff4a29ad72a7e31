package org.tradeexecutor.execution.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionKeyTest {

    @Test
    void theClientOrderIdIsStableShortAndSafe() {
        ExecutionKey key = new ExecutionKey("6b02582a0daf6ff75e2408dc:discord-1234567890123456789", "6b0257e90daf6ff75e2408d4", "entry");
        String id = key.clientOrderId();
        assertEquals(id, new ExecutionKey(key.signalId(), key.userId(), key.leg()).clientOrderId(), "the same on every instance and restart");
        assertTrue(id.length() <= 48, "Alpaca allows 48 characters: " + id.length());
        assertTrue(id.matches("dte-[A-Za-z0-9_-]{40}"), id);
        assertEquals("6b02582a0daf6ff75e2408dc:discord-1234567890123456789|6b0257e90daf6ff75e2408d4|entry", key.id());
    }

    @Test
    void everyFollowerAndLegHasItsOwnId() {
        String entry = new ExecutionKey("s1", "u1", "entry").clientOrderId();
        assertNotEquals(entry, new ExecutionKey("s1", "u2", "entry").clientOrderId());
        assertNotEquals(entry, new ExecutionKey("s1", "u1", "exit").clientOrderId());
        assertNotEquals(entry, new ExecutionKey("s2", "u1", "entry").clientOrderId());
    }
}
