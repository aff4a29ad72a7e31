package org.tradeexecutor.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A community of a test's own (enterprise plan) with a webhook provider, its host and traders: signals go in through
 * the signed webhook, executions are read as the host reads them. Usernames end in the community's tag.
 */
public final class TradingCommunity {

    private final URL base;
    public final String tag;
    public final String communityId;
    public final WebClient host;
    public final String providerId;
    private final String secret;

    public TradingCommunity(URL base) {
        this.base = base;
        this.tag = Long.toString(System.nanoTime(), 36);
        String hostName = "exec-host-" + tag;
        this.communityId = Fixtures.createOwnedCommunity(hostName, "Execution Guild " + tag, "ENTERPRISE");
        this.host = new WebClient(base).basic(hostName, "demo");
        JsonObject created = WebClient.json(host.sendJson("POST", "/api/community/providers", "{\"name\":\"Alerts\",\"type\":\"WEBHOOK\"}"));
        this.providerId = created.getJsonObject("provider").getString("id");
        this.secret = created.getString("webhookSecret");
    }

    public String username(String name) {
        return name + "-" + tag;
    }

    /** A member of the community; following the provider with the given auto-execute (ON / OFF) unless null. */
    public WebClient trader(String name, String autoExecute) {
        Fixtures.addMember(communityId, Fixtures.createUser(username(name), "ACTIVE", null), "TRADER");
        WebClient client = new WebClient(base).basic(username(name), "demo");
        if (autoExecute != null) {
            HttpResponse<String> followed = client.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + providerId
                    + "\",\"settings\":{\"autoExecute\":\"" + autoExecute + "\",\"copyMultiplier\":1,\"notifyOnSignal\":true,\"notifyOnExecution\":true}}");
            assertEquals(201, followed.statusCode(), followed.body());
        }
        return client;
    }

    /** A follower (auto-execute on) whose primary account is an Alpaca paper account on the {@link AlpacaStub}. */
    public WebClient alpacaTrader(String name) {
        AlpacaStub.start(); // once, for every test that needs it
        WebClient trader = trader(name, "ON");
        HttpResponse<String> added = connectAlpaca(trader, AlpacaStub.SECRET);
        assertEquals(201, added.statusCode(), added.body());
        String id = WebClient.json(added).getString("id");
        assertEquals(200, trader.send("application/json", "PUT", "/api/trader/broker-connections/" + id + "/primary", null).statusCode());
        // Every test's Alpaca trader trades on the stub's one account: the positions of earlier tests are held there too.
        setRiskLimit(trader, "maxOpenPositions", 100);
        return trader;
    }

    public static HttpResponse<String> connectAlpaca(WebClient trader, String secret) {
        return trader.sendJson("POST", "/api/trader/broker-connections", "{\"kind\":\"ALPACA\",\"label\":\"Alpaca paper\",\"keyId\":\""
                + AlpacaStub.KEY_ID + "\",\"secret\":\"" + secret + "\",\"paper\":true}");
    }

    /** Changes one field of a trader's risk profile (read, changed, put back whole). */
    public static void setRiskLimit(WebClient trader, String field, int value) {
        JsonObject profile = WebClient.json(trader.get("/api/trader/risk-profile")).getJsonObject("profile");
        HttpResponse<String> saved = trader.sendJson("PUT", "/api/trader/risk-profile", jakarta.json.Json.createObjectBuilder(profile).add(field, value).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
    }

    public String signal(String text) {
        return signal(text, null);
    }

    /** A delivery of the message to the provider's webhook, signed now as its sender would sign it. */
    public HttpRequest.Builder signedDelivery(String text) {
        return signedDelivery(text, providerId, java.time.Instant.now().getEpochSecond());
    }

    /** A delivery to some provider's webhook signed with this provider's secret at the given time (a stale or misdirected one). */
    public HttpRequest.Builder signedDelivery(String text, String toProviderId, long epochSeconds) {
        return SignedWebhook.request(URI.create(base.toString().replaceAll("/$", "") + "/api/webhooks/providers/" + toProviderId), secret, text,
                epochSeconds).header("Content-Type", "text/plain");
    }

    /** Posts a signed message to the provider's webhook; answers the signal id. */
    public String signal(String text, String idempotencyKey) {
        HttpRequest.Builder request = signedDelivery(text);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            return WebClient.json(response).getString("signalId");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The signal's own orders (entries and exits, not the protective orders that follow a fill) by username, once there
     * are {@code count} of them and all pass {@code settled}.
     */
    public Map<String, JsonObject> awaitExecutions(String signalId, int count, Predicate<JsonObject> settled) {
        long deadline = System.currentTimeMillis() + 30_000;
        List<JsonObject> executions = List.of();
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = host.get("/api/signals/" + signalId + "/executions");
            assertEquals(200, response.statusCode(), response.body());
            executions = WebClient.jsonArray(response).stream().map(JsonValue::asJsonObject)
                    .filter(e -> List.of("entry", "exit").contains(e.getString("leg"))).toList();
            if (executions.size() == count && executions.stream().allMatch(settled)) {
                return executions.stream().collect(Collectors.toMap(e -> e.getString("username"), e -> e));
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("Signal " + signalId + " has not settled into " + count + " executions: " + executions);
    }

    /** Settled: FILLED, REJECTED, RISK_REJECTED, CANCELLED, AWAITING_CONFIRMATION — anything but on its way (or filling). */
    public static boolean settled(JsonObject execution) {
        return !List.of("PLANNED", "SUBMITTED", "UNKNOWN", "ACCEPTED", "PARTIALLY_FILLED").contains(execution.getString("state"));
    }
}
