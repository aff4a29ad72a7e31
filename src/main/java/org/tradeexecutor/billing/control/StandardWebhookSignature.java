package org.tradeexecutor.billing.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Standard Webhooks signatures as Polar sends them: {@code webhook-signature} holds one or more space-separated
 * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. Polar keys the HMAC with the UTF-8 bytes of the whole
 * secret, {@code whsec_} prefix included (its sender base64-encodes those bytes and the Standard Webhooks library
 * decodes them back), not with the base64 part decoded. Compared in constant time.
 */
public final class StandardWebhookSignature {

    private static final String VERSION = "v1,";

    private StandardWebhookSignature() {
    }

    /** The {@code v1,<base64>} value a sender with this secret writes. */
    public static String sign(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether any of the header's v1 signatures is this body's (a rotation sends two). */
    public static boolean valid(String secret, String id, String timestamp, byte[] body, String header) {
        if (secret == null || id == null || timestamp == null || header == null) {
            return false;
        }
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String given : header.trim().split("\\s+")) {
            // Every candidate is compared, so the time does not tell which one matched.
            found |= given.startsWith(VERSION) && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }
}
