package org.tradeexecutor.billing.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polar's signatures: HMAC-SHA256 over "id.timestamp.body", keyed with the UTF-8 bytes of the whole secret. */
class StandardWebhookSignatureTest {

    private static final String SECRET = "whsec_polar_test_secret_0123456789";
    private static final byte[] BODY = "{\"type\":\"subscription.active\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesASignatureMadeElsewhere() {
        // Made with Python's hmac and base64 modules, as Polar's sender (server/polar/webhook/tasks.py) makes it.
        String python = "v1,4DUF6g36BqXokiJfVQBZn7tcN7ZgbiNQKHKamP9RjeM=";
        assertEquals(python, StandardWebhookSignature.sign(SECRET, "msg_2Ks8xyz", "1764700000", BODY));
        assertTrue(StandardWebhookSignature.valid(SECRET, "msg_2Ks8xyz", "1764700000", BODY, python));
    }

    @Test
    void anyOfSeveralSignaturesMayMatchAndAnythingElseFails() {
        String good = StandardWebhookSignature.sign(SECRET, "msg_1", "1764700000", BODY);
        assertTrue(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700000", BODY, "v1,b2xkLXNlY3JldA== " + good), "a rotation sends two");
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_2", "1764700000", BODY, good), "another id");
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700001", BODY, good), "another time");
        assertFalse(StandardWebhookSignature.valid("whsec_other", "msg_1", "1764700000", BODY, good), "another secret");
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700000", "{}".getBytes(StandardCharsets.UTF_8), good), "another body");
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700000", BODY, good.replace("v1,", "v2,")), "another version");
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700000", BODY, null));
        assertFalse(StandardWebhookSignature.valid(SECRET, "msg_1", "1764700000", BODY, ""));
    }
}
