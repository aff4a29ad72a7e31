package org.tradeexecutor.support;

import org.tradeexecutor.signals.control.WebhookSignature;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A delivery to a provider's webhook as a sender makes it: signed now, over timestamp and body. */
public final class SignedWebhook {

    private SignedWebhook() {
    }

    public static HttpRequest.Builder request(URI webhook, String secret, String body) {
        return request(webhook, secret, body, Instant.now().getEpochSecond());
    }

    public static HttpRequest.Builder request(URI webhook, String secret, String body, long epochSeconds) {
        String timestamp = Long.toString(epochSeconds);
        return HttpRequest.newBuilder(webhook)
                .header("X-Timestamp", timestamp)
                .header("X-Signature", WebhookSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
