package org.tradeexecutor.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A delivery of Polar's billing webhook as Polar's sender makes it: the fixture filled in, signed with the secret the
 * test server is configured with (arquillian.xml), HMAC-SHA256 keyed with the secret's UTF-8 bytes.
 */
public final class PolarDelivery {

    public static final String SECRET = "whsec_it_polar_webhook_secret";
    public static final String PROFESSIONAL_PRODUCT = "8f3c2a9e-1b7d-4c1e-9f00-aa0000000001";
    public static final String ENTERPRISE_PRODUCT = "8f3c2a9e-1b7d-4c1e-9f00-aa0000000002";

    private PolarDelivery() {
    }

    /** The fixture with every {@code ${name}} replaced. */
    public static String event(Map<String, String> values) {
        try (InputStream in = PolarDelivery.class.getResourceAsStream("/billing/polar/subscription-event.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponse<String> send(URL base, String webhookId, Instant sentAt, String body, String secret) {
        String timestamp = Long.toString(sentAt.getEpochSecond());
        return send(base, webhookId, timestamp, body, "v1," + hmac(secret, webhookId + "." + timestamp + "." + body));
    }

    public static HttpResponse<String> send(URL base, String webhookId, String timestamp, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/webhooks/billing/polar"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (webhookId != null) {
            request.header("webhook-id", webhookId);
        }
        if (timestamp != null) {
            request.header("webhook-timestamp", timestamp);
        }
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
