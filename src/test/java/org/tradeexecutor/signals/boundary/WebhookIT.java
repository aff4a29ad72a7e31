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
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SignedWebhook;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S3 and S6: signed webhooks in, stored once, replays recognised, refused with a reason, never across communities. */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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

    private URI webhook() {
        return URI.create(base.toString().replaceAll("/$", "") + "/api/webhooks/providers/" + providerId);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A delivery with exactly these headers (null: left out). */
    private HttpResponse<String> post(String body, String signature, String timestamp, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) request.header("X-Signature", signature);
        if (timestamp != null) request.header("X-Timestamp", timestamp);
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        return send(request.build());
    }

    private HttpResponse<String> signed(String body) {
        return send(SignedWebhook.request(webhook(), secret, body).build());
    }

    private HttpResponse<String> unsigned(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private String sign(String timestamp, String body) {
        return WebhookSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    private long storedSignals() {
        return TestStore.database().getCollection("signals").countDocuments(new Document("providerId", providerId));
    }

    private long auditsOfThisProvider() {
        return TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "signal.webhook_bad_signature")
                .append("resource", "/api/webhooks/providers/" + providerId));
    }

    private double badSignatures(String reason) {
        String metrics = new WebClient(base).get("/metrics?scope=application", "text/plain").body();
        Matcher line = Pattern.compile("(?m)^webhook_bad_signatures_total\\{[^}]*reason=\"" + reason + "\"[^}]*} ([0-9.eE+]+)").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void aSignedSignalIsAcceptedStoredAndReadableByTheHost() {
        HttpResponse<String> response = signed("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":45000,\"stop_loss\":43000}");

        assertEquals(202, response.statusCode(), response.body());
        JsonObject accepted = WebClient.json(response);
        assertEquals("PARSED", accepted.getString("status"));
        assertEquals("VALID", accepted.getString("parseStatus"));
        assertFalse(accepted.getBoolean("duplicate"));
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
    void badSignaturesAre401StoreNothingAreCountedAndAuditedOnceAMinute() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        String timestamp = now();
        double mismatchesBefore = badSignatures("bad_signature");
        double missingBefore = badSignatures("missing_signature");
        String bodyOnly = WebhookSignature.sign(secret, "", body.getBytes(StandardCharsets.UTF_8)); // not what is signed

        assertEquals(401, post(body, "sha256=" + "0".repeat(64), timestamp, null).statusCode());
        assertEquals(401, post(body, null, timestamp, null).statusCode());
        assertEquals(401, post(body, WebhookSignature.sign("another secret", timestamp, body.getBytes(StandardCharsets.UTF_8)), timestamp, null).statusCode());
        assertEquals(401, post(body, bodyOnly, timestamp, null).statusCode());
        assertEquals(401, post(body, sign(timestamp, body), Long.toString(Long.parseLong(timestamp) - 1), null).statusCode(), "the timestamp is signed");
        assertEquals(401, post(body + " ", sign(timestamp, body), timestamp, null).statusCode(), "the body is signed");
        assertEquals("invalid_signature", WebClient.json(post(body, "nonsense", timestamp, null)).getString("error"));

        assertEquals(0, storedSignals());
        assertEquals(6, badSignatures("bad_signature") - mismatchesBefore, 0.001);
        assertEquals(1, badSignatures("missing_signature") - missingBefore, 0.001);
        assertEquals(1, auditsOfThisProvider(), "seven refusals within a minute make one audit entry");
    }

    @Test
    void theTimestampIsRequiredAndMustBeRecent() {
        String body = "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        String old = Long.toString(Instant.now().minusSeconds(400).getEpochSecond());
        String future = Long.toString(Instant.now().plusSeconds(400).getEpochSecond());
        double staleBefore = badSignatures("stale_timestamp");

        HttpResponse<String> stale = post(body, sign(old, body), old, null);
        assertEquals(401, stale.statusCode());
        assertEquals("stale_timestamp", WebClient.json(stale).getString("error"));
        assertEquals("stale_timestamp", WebClient.json(post(body, sign(future, body), future, null)).getString("error"));
        for (String malformed : new String[]{null, "", "yesterday", "-5", "1e9", "99999999999999999999"}) {
            HttpResponse<String> refused = post(body, sign(String.valueOf(malformed), body), malformed, null);
            assertEquals(401, refused.statusCode(), "X-Timestamp " + malformed);
            assertEquals("invalid_timestamp", WebClient.json(refused).getString("error"));
        }
        assertEquals(2, badSignatures("stale_timestamp") - staleBefore, 0.001);
        assertEquals(0, storedSignals());
        assertEquals(202, signed(body).statusCode());
    }

    /** The reproduction of the review: the same signed request twice placed two orders per follower. */
    @Test
    void aReplayedDeliveryAnswersTheFirstSignalAndExecutesNothing() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("replayed", "ON");
        // A symbol no other test quoted: its first price is the limit's, so the limit rests (KO may be priced already).
        String signal = "BUY " + org.tradeexecutor.support.TestSymbols.fresh("KO") + " @ 60 SL 55 TP 70";
        HttpRequest delivery = community.signedDelivery(signal).build();

        JsonObject first = WebClient.json(send(delivery));
        JsonObject replay = WebClient.json(send(delivery));
        // Headers are not signed: another Idempotency-Key does not make it a new delivery.
        HttpRequest.Builder withOtherKey = HttpRequest.newBuilder(delivery.uri()).POST(HttpRequest.BodyPublishers.ofString(signal))
                .header("Idempotency-Key", "fresh-" + System.nanoTime());
        delivery.headers().map().forEach((name, values) -> values.forEach(value -> withOtherKey.header(name, value)));
        JsonObject withKey = WebClient.json(send(withOtherKey.build()));

        assertFalse(first.getBoolean("duplicate"));
        assertTrue(replay.getBoolean("duplicate"));
        assertTrue(withKey.getBoolean("duplicate"));
        assertEquals(first.getString("signalId"), replay.getString("signalId"));
        assertEquals(first.getString("signalId"), withKey.getString("signalId"));
        assertEquals(1, TestStore.database().getCollection("signals").countDocuments(new Document("providerId", community.providerId)));
        community.awaitExecutions(first.getString("signalId"), 1, e -> e.getString("state").equals("ACCEPTED")); // a resting limit
        ServerProcess.pause(500); // a second fan-out, if there were one, would have stored its execution by now
        assertEquals(1, TestStore.database().getCollection("executions").countDocuments(new Document("signalId", first.getString("signalId"))
                .append("leg", "entry")));
    }

    @Test
    void replaysArrivingTogetherMakeOneSignal() {
        String body = "{\"symbol\":\"ETHUSDT\",\"action\":\"buy\",\"price\":2800}";
        HttpRequest delivery = SignedWebhook.request(webhook(), secret, body).build();
        List<JsonObject> answers = IntStream.range(0, 5).mapToObj(i -> CompletableFuture.supplyAsync(() -> send(delivery)))
                .toList().stream().map(CompletableFuture::join).map(WebClient::json).toList();

        assertEquals(1, answers.stream().map(a -> a.getString("signalId")).distinct().count(), answers.toString());
        assertEquals(4, answers.stream().filter(a -> a.getBoolean("duplicate")).count(), answers.toString());
        assertEquals(1, storedSignals());
    }

    @Test
    void aSendersRetryWithANewTimestampIsRecognisedByItsIdempotencyKeyOrPayloadId() {
        String body = "{\"symbol\":\"ETHUSDT\",\"action\":\"sell\",\"price\":2800}";
        String earlier = Long.toString(Instant.now().getEpochSecond() - 2);
        JsonObject first = WebClient.json(post(body, sign(earlier, body), earlier, "alert-42"));
        JsonObject retry = WebClient.json(post(body, sign(now(), body), now(), "alert-42"));
        assertEquals(first.getString("signalId"), retry.getString("signalId"));
        assertFalse(first.getBoolean("duplicate"));
        assertTrue(retry.getBoolean("duplicate"));

        String withId = "{\"id\":\"tv-7\",\"symbol\":\"SOLUSDT\",\"action\":\"buy\"}";
        String firstId = WebClient.json(post(withId, sign(earlier, withId), earlier, null)).getString("signalId");
        assertEquals(firstId, WebClient.json(signed(withId)).getString("signalId"));
        assertEquals(2, storedSignals());
    }

    @Test
    void urlTokenModeTakesUnsignedDeliveriesAndRecognisesRepeatsOfTheSameBodyWithinTheWindow() {
        assertEquals("invalid_token", WebClient.json(unsigned(webhook() + "/t/wh_guess", "BUY AAPL @ 150 SL 145")).getString("error"),
                "off until the host turns it on");
        JsonObject enabled = WebClient.json(host.sendJson("POST", "/api/community/providers/" + providerId + "/url-token", null));
        String url = enabled.getString("url");
        assertTrue(enabled.getJsonObject("provider").getBoolean("urlTokenEnabled"));
        assertTrue(url.startsWith(webhook() + "/t/wh_"), url);
        assertFalse(host.get("/api/community/providers").body().contains(url.substring(url.lastIndexOf('/') + 1)), "the token is shown once");

        JsonObject first = WebClient.json(unsigned(url, "BUY AAPL @ 150 SL 145 TP 160"));
        JsonObject repeat = WebClient.json(unsigned(url, "BUY AAPL @ 150 SL 145 TP 160"));
        JsonObject other = WebClient.json(unsigned(url, "BUY MSFT @ 400 SL 390"));
        assertEquals(first.getString("signalId"), repeat.getString("signalId"));
        assertTrue(repeat.getBoolean("duplicate"));
        assertNotEquals(first.getString("signalId"), other.getString("signalId"));

        ServerProcess.pause(3_500); // WEBHOOK_DEDUP_SECONDS=3 on the test server
        JsonObject later = WebClient.json(unsigned(url, "BUY AAPL @ 150 SL 145 TP 160"));
        assertFalse(later.getBoolean("duplicate"), "the same alert firing again after the window is a new signal");
        assertEquals(3, storedSignals());
    }

    @Test
    void aUrlTokenIsDeduplicatedByThePayloadIdRotatedAndTurnedOff() {
        String oldUrl = WebClient.json(host.sendJson("POST", "/api/community/providers/" + providerId + "/url-token", null)).getString("url");
        String alert = "{\"id\":\"tv-alert-9\",\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}";
        String firstId = WebClient.json(unsigned(oldUrl, alert)).getString("signalId");
        assertEquals(firstId, WebClient.json(unsigned(oldUrl, alert)).getString("signalId"));

        String newUrl = WebClient.json(host.sendJson("POST", "/api/community/providers/" + providerId + "/url-token", null)).getString("url");
        assertEquals(401, unsigned(oldUrl, alert).statusCode(), "the old URL stops working");
        assertEquals(firstId, WebClient.json(unsigned(newUrl, alert)).getString("signalId"));

        assertEquals(404, new WebClient(base).basic("host", "demo")
                .sendJson("DELETE", "/api/community/providers/" + providerId + "/url-token", null).statusCode(), "another community's host");
        JsonObject off = WebClient.json(host.sendJson("DELETE", "/api/community/providers/" + providerId + "/url-token", null));
        assertFalse(off.getBoolean("urlTokenEnabled"));
        assertEquals(401, unsigned(newUrl, alert).statusCode());
        assertEquals(202, signed(alert).statusCode(), "signed deliveries go on");
        assertEquals(1, storedSignals());
        assertEquals(3, TestStore.database().getCollection("security_audits").countDocuments(new Document("resource", "provider " + providerId)
                .append("action", new Document("$in", List.of("provider.rotate_url_token", "provider.disable_url_token")))));
    }

    @Test
    void malformedOrInvalidSignalsAre400WithAReasonAndStoreNothing() {
        for (String body : new String[]{"{\"symbol\":\"BTCUSDT\"}", "{\"invalid\": json}", "BUY DIS @ 100 SL 105", "[1,2]"}) {
            HttpResponse<String> response = signed(body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("invalid_signal", WebClient.json(response).getString("error"));
            assertFalse(WebClient.json(response).getJsonArray("reasons").isEmpty(), body);
        }
        String huge = "x".repeat(65 * 1024);
        assertEquals(400, signed(huge).statusCode());
        assertEquals(400, signed("").statusCode());
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
        assertEquals(404, unsigned(webhook() + "/t/x", body).statusCode());
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
        assertTrue(WebClient.json(last).getString("message").contains("5"));
    }

    @Test
    void anotherCommunitysHostGets404ForTheSignal() {
        String signalId = WebClient.json(signed("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\"}")).getString("signalId");
        HttpResponse<String> other = new WebClient(base).basic("host", "demo").get("/api/signals/" + signalId);
        assertEquals(404, other.statusCode());
        assertEquals(403, new WebClient(base).basic("trader", "demo").get("/api/signals/" + signalId).statusCode());
        assertEquals(404, new WebClient(base).basic("host", "demo")
                .sendJson("PUT", "/api/community/providers/" + providerId, "{\"enabled\":false}").statusCode());
        assertEquals(404, new WebClient(base).basic("host", "demo")
                .sendJson("POST", "/api/community/providers/" + providerId + "/url-token", null).statusCode());
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
        String timestamp = now();
        assertEquals(401, post(body, WebhookSignature.sign(oldSecret, timestamp, body.getBytes(StandardCharsets.UTF_8)), timestamp, null).statusCode());
    }

    /** Whatever bytes arrive, the answer is a JSON refusal or an acceptance — never a 500 — and no refusal stores anything. */
    @Test
    void arbitraryBodiesNeverAnswer500() {
        java.util.Random random = new java.util.Random(11);
        Set<Integer> statuses = IntStream.range(0, 40).mapToObj(i -> {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            String timestamp = now();
            HttpResponse<String> response = send(HttpRequest.newBuilder(webhook()).header("X-Timestamp", timestamp)
                    .header("X-Signature", WebhookSignature.sign(i % 2 == 0 ? secret : "wrong", timestamp, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
            assertTrue(response.body().startsWith("{"), response.body());
            return response.statusCode();
        }).collect(Collectors.toSet());
        assertFalse(statuses.contains(500), statuses.toString());
    }
}
