package org.tradeexecutor.signals.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code X-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>} with {@code X-Timestamp} in epoch
 * seconds, as Stripe and Standard Webhooks sign: the timestamp is covered, so an old request cannot be sent again
 * with a fresh one. Compared in constant time.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static boolean valid(String secret, String timestamp, byte[] body, String header) {
        if (header == null || secret == null || timestamp == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                normalised(header).getBytes(StandardCharsets.US_ASCII));
    }

    /** The hex digits of a signature header, as remembered against replays. */
    public static String digits(String header) {
        return normalised(header).substring(PREFIX.length());
    }

    private static String normalised(String header) {
        String given = header.trim().toLowerCase(Locale.ROOT);
        return given.startsWith(PREFIX) ? given : PREFIX + given;
    }
}
