package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.signals.control.WebhookSignature;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S3 and S6: signed webhooks in, stored once, refused with a reason, never across communities. */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    @ArquillianResource
    URL base;

    private WebClient host;
    private String providerId;
    private String secret;

    /** Each test gets its own community (enterprise plan) and webhook provider, so rate limits never interfere. */
    @BeforeEach
    void newProvider() {
        String username = "webhook-host-" + System.nanoTime();
        Fixtures.createOwnedCommunity(username, "Webhook Guild " + username, "ENTERPRISE");
        host = new WebClient(base).basic(username, "demo");
        JsonObject created = WebClient.json(host.sendJson("POST", "/api/community/providers", "{\"name\":\"Alerts\",\"type\":\"WEBHOOK\"}"));
        providerId = created.getJsonObject("provider").getString("id");
        secret = created.getString("webhookSecret");
    }

    private HttpResponse<String> post(String body, String signature, String timestamp, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/webhooks/providers/" + providerId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) request.header("X-Signature", signature);
        if (timestamp != null) request.header("X-Timestamp", timestamp);
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> signed(String body) {
        return post(body, WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8)), null, null);
    }

    private long storedSignals() {
        return TestStore.database().getCollection("signals").countDocuments(new Document("providerId", providerId));
    }

    @Test
    void aSignedSignalIsAcceptedStoredAndReadableByTheHost() {
        HttpResponse<String> response = signed("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":45000,\"stop_loss\":43000}");

        assertEquals(202, response.statusCode(), response.body());
        JsonObject accepted = WebClient.json(response);
        assertEquals("PARSED", accepted.getString("status"));
        assertEquals("VALID", accepted.getString("parseStatus"));
        JsonObject signal = WebClient.json(host.get("/api/signals/" + accepted.getString("signalId")));
        assertEquals("WEBHOOK", signal.getString("source"));
        assertEquals("BTCUSDT", signal.getJsonObject("parsed").getString("symbol"));
        assertEquals(43000, signal.getJsonObject("parsed").getJsonNumber("stopLoss").intValue());
        assertTrue(signal.getString("rawText").contains("BTCUSDT"));
        String metrics = new WebClient(base).get("/metrics?scope=application", "text/plain").body();
        assertTrue(Pattern.compile("signals_received_total\\{[^}]*source=\"webhook\"").matcher(metrics).find(), metrics);
        assertTrue(Pattern.compile("signals_parsed_total\\{[^}]*status=\"valid\"").matcher(metrics).find(), metrics);
        assertTrue(metrics.contains("signals_parse_seconds_count{"), metrics);
    }

    @Test
    void plainTextAndKeyValueBodiesWorkToo() {
        assertEquals("VALID", WebClient.json(signed("BUY AAPL @ 150 SL 145 TP 160")).getString("parseStatus"));
        assertEquals("VALID", WebClient.json(signed("SYMBOL=ETHUSDT;SIGNAL=SELL;VOLUME=2%")).getString("parseStatus"));
        assertEquals("IGNORED", WebClient.json(signed("gm everyone")).getString("parseStatus"));
    }

    @Test
    void aBadOrMissingSignatureIs401StoresNothingAndIsAudited() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        long audits = TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "signal.webhook_bad_signature"));

        assertEquals(401, post(body, "sha256=" + "0".repeat(64), null, null).statusCode());
        assertEquals(401, post(body, null, null, null).statusCode());
        assertEquals(401, post(body, WebhookSignature.sign("another secret", body.getBytes(StandardCharsets.UTF_8)), null, null).statusCode());
        assertEquals("invalid_signature", WebClient.json(post(body, "nonsense", null, null)).getString("error"));

        assertEquals(0, storedSignals());
        assertEquals(audits + 4, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "signal.webhook_bad_signature")));
    }

    @Test
    void aStaleTimestampIsRefused() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        String signature = WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> stale = post(body, signature, String.valueOf(Instant.now().minusSeconds(400).getEpochSecond()), null);
        assertEquals(401, stale.statusCode());
        assertEquals("stale_timestamp", WebClient.json(stale).getString("error"));
        assertEquals(202, post(body, signature, String.valueOf(Instant.now().getEpochSecond()), null).statusCode());
    }

    @Test
    void aRepeatedIdempotencyKeyOrPayloadIdReturnsTheFirstAnswerAndCreatesNothing() {
        String body = "{\"symbol\":\"ETHUSDT\",\"action\":\"sell\",\"price\":2800}";
        String signature = WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8));
        JsonObject first = WebClient.json(post(body, signature, null, "alert-42"));
        JsonObject again = WebClient.json(post(body, signature, null, "alert-42"));
        assertEquals(first.getString("signalId"), again.getString("signalId"));
        assertFalse(first.getBoolean("duplicate"));
        assertTrue(again.getBoolean("duplicate"));

        String withId = "{\"id\":\"tv-7\",\"symbol\":\"SOLUSDT\",\"action\":\"buy\"}";
        assertEquals(WebClient.json(signed(withId)).getString("signalId"), WebClient.json(signed(withId)).getString("signalId"));
        assertEquals(2, storedSignals());
    }

    @Test
    void malformedOrInvalidSignalsAre400WithAReasonAndStoreNothing() {
        for (String body : new String[]{"{\"symbol\":\"BTCUSDT\"}", "{\"invalid\": json}", "BUY DIS @ 100 SL 105", "[1,2]"}) {
            HttpResponse<String> response = signed(body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("invalid_signal", WebClient.json(response).getString("error"));
            assertFalse(WebClient.json(response).getJsonArray("reasons").isEmpty(), body);
        }
        assertEquals(0, storedSignals());
    }

    @Test
    void unknownOrDisabledProvidersAre404() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        assertEquals(202, signed(body).statusCode());
        host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"enabled\":false}");
        assertEquals(404, signed(body).statusCode());
        providerId = "000000000000000000000000";
        assertEquals(404, signed(body).statusCode());
    }

    @Test
    void overTheRateLimitIs429() {
        // The test server allows 5 a minute (WEBHOOK_RATE_PER_MINUTE=5 in arquillian.xml); production 60.
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = signed("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"n\":" + i + "}");
            if (last.statusCode() == 202) accepted++;
        }
        assertEquals(5, accepted);
        assertEquals(429, last.statusCode());
        assertEquals("rate_limited", WebClient.json(last).getString("error"));
    }

    @Test
    void anotherCommunitysHostGets404ForTheSignal() {
        String signalId = WebClient.json(signed("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}")).getString("signalId");
        HttpResponse<String> other = new WebClient(base).basic("host", "demo").get("/api/signals/" + signalId);
        assertEquals(404, other.statusCode());
        assertEquals(403, new WebClient(base).basic("trader", "demo").get("/api/signals/" + signalId).statusCode());
        assertEquals(404, new WebClient(base).basic("host", "demo")
                .sendJson("PUT", "/api/community/providers/" + providerId, "{\"enabled\":false}").statusCode());
        assertEquals(202, signed("{\"symbol\":\"BTCUSDT\",\"action\":\"sell\"}").statusCode(), "still enabled");
    }

    @Test
    void rotatingTheSecretRetiresTheOldOne() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        String oldSecret = secret;
        JsonObject rotated = WebClient.json(host.sendJson("POST", "/api/community/providers/" + providerId + "/rotate-secret", null));
        secret = rotated.getString("webhookSecret");
        assertNotEquals(oldSecret, secret);
        assertEquals(202, signed(body).statusCode());
        assertEquals(401, post(body, WebhookSignature.sign(oldSecret, body.getBytes(StandardCharsets.UTF_8)), null, null).statusCode());
    }
}
