package org.tradeexecutor.access.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT A1: personal API tokens (Bearer) for scripts and bots — made, used, listed and revoked by their owner. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @ArquillianResource
    URL base;

    @Test
    void aTokenIsShownOnceAuthenticatesApiCallsOnlyAndStopsWorkingWhenRevoked() {
        String owner = Fixtures.newTrader("token-owner");
        WebClient ownerApi = new WebClient(base).basic(owner, "demo");
        HttpResponse<String> created = ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"trading bot\"}");
        assertEquals(201, created.statusCode(), created.body());
        String token = WebClient.json(created).getString("token");
        String tokenId = WebClient.json(created).getString("id");
        assertTrue(token.startsWith("dte_") && token.length() > 40, token);

        JsonArray listed = WebClient.jsonArray(ownerApi.get("/api/me/tokens"));
        assertEquals(1, listed.size());
        JsonObject shown = listed.getJsonObject(0);
        assertEquals("trading bot", shown.getString("name"));
        assertEquals(token.substring(0, 8), shown.getString("hint"));
        assertFalse(shown.containsKey("token") || listed.toString().contains(token), "the secret is shown once only: " + listed);
        assertEquals(0, TestStore.database().getCollection("api_tokens").countDocuments(new Document("secretDigest", token)),
                "only a digest is stored");

        WebClient script = new WebClient(base).bearer(token);
        HttpResponse<String> me = script.get("/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(owner, WebClient.json(me).getString("username"));
        assertTrue(script.cookie("DTESESSION").isEmpty(), "a token call opens no session");
        HttpResponse<String> page = script.get("/dashboard/trader");
        assertEquals(302, page.statusCode(), "a token opens no page");
        assertTrue(WebClient.location(page).startsWith("/login"), WebClient.location(page));

        String stranger = Fixtures.newTrader("token-stranger");
        HttpResponse<String> foreign = new WebClient(base).basic(stranger, "demo").send("application/json", "DELETE", "/api/me/tokens/" + tokenId, null);
        assertEquals(404, foreign.statusCode(), "someone else's token is not found");
        assertEquals(200, script.get("/api/me").statusCode(), "and still works");

        assertEquals(204, ownerApi.send("application/json", "DELETE", "/api/me/tokens/" + tokenId, null).statusCode());
        HttpResponse<String> revoked = script.get("/api/me");
        assertEquals(401, revoked.statusCode());
        assertEquals("invalid_token", WebClient.json(revoked).getString("error"));
        assertEquals(0, WebClient.jsonArray(ownerApi.get("/api/me/tokens")).size());
        assertEquals(1, Fixtures.audits("auth.api_token_created", owner));
        assertEquals(1, Fixtures.audits("auth.api_token_revoked", owner));
    }

    @Test
    void badRequestsAndBadTokensAreRefusedAndChangeNothing() {
        String owner = Fixtures.newTrader("token-limits");
        WebClient ownerApi = new WebClient(base).basic(owner, "demo");
        for (String body : new String[]{"{\"name\":\"  \"}", "{}", "{\"name\":\"" + "x".repeat(61) + "\"}"}) {
            HttpResponse<String> refused = ownerApi.sendJson("POST", "/api/me/tokens", body);
            assertEquals(400, refused.statusCode(), body);
            assertEquals("invalid_token_request", WebClient.json(refused).getString("error"));
        }
        assertEquals(0, WebClient.jsonArray(ownerApi.get("/api/me/tokens")).size(), "nothing was made");

        for (int i = 1; i <= 10; i++) {
            assertEquals(201, ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"bot " + i + "\"}").statusCode());
        }
        HttpResponse<String> eleventh = ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"bot 11\"}");
        assertEquals(400, eleventh.statusCode());
        assertTrue(WebClient.json(eleventh).getString("message").contains("revoke one"), eleventh.body());
        assertEquals(10, WebClient.jsonArray(ownerApi.get("/api/me/tokens")).size());

        for (String unknown : new String[]{"dte_unknown", "not-a-token", ""}) {
            HttpResponse<String> refused = new WebClient(base).bearer(unknown).get("/api/me");
            assertEquals(401, refused.statusCode(), unknown);
        }

        String firstId = WebClient.jsonArray(ownerApi.get("/api/me/tokens")).getJsonObject(0).getString("id");
        assertEquals(204, ownerApi.send("application/json", "DELETE", "/api/me/tokens/" + firstId, null).statusCode());
        String token = WebClient.json(ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"suspended bot\"}")).getString("token");
        assertEquals(200, new WebClient(base).bearer(token).get("/api/me").statusCode());
        TestStore.database().getCollection("users").updateOne(new Document("username", owner),
                new Document("$set", new Document("status", "SUSPENDED").append("statusReason", "chargeback")));
        assertEquals(401, new WebClient(base).bearer(token).get("/api/me").statusCode(), "a suspended account's tokens stop working");
    }

    @Test
    void aReadTokenReadsButChangesNothingAndAnExpiredTokenOpensNothing() {
        String owner = Fixtures.newTrader("token-scopes");
        WebClient ownerApi = new WebClient(base).basic(owner, "demo");
        JsonObject read = WebClient.json(ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"dashboard\",\"scope\":\"read\",\"expiresInDays\":30}"));
        assertEquals("read", read.getString("scope"));
        assertTrue(read.getString("expiresAt").startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString().substring(0, 7)), read.toString());
        WebClient reader = new WebClient(base).bearer(read.getString("token"));
        assertEquals(200, reader.get("/api/trader/positions").statusCode(), "reading is within the scope");
        HttpResponse<String> write = reader.sendJson("POST", "/api/trader/watchlist", "{\"symbol\":\"AAPL\"}");
        assertEquals(403, write.statusCode(), write.body());
        assertEquals("insufficient_scope", WebClient.json(write).getString("error"));
        assertEquals(403, reader.sendJson("POST", "/api/me/tokens", "{\"name\":\"escalate\"}").statusCode(), "nor can it make a trade token");
        try (SocketClient live = SocketClient.withToken(base, read.getString("token"))) {
            assertEquals("welcome", live.awaitType("welcome").getString("type"), "the live connection only reads");
        }

        for (String body : new String[]{"{\"name\":\"x\",\"scope\":\"admin\"}", "{\"name\":\"x\",\"expiresInDays\":0}", "{\"name\":\"x\",\"expiresInDays\":366}"}) {
            HttpResponse<String> refused = ownerApi.sendJson("POST", "/api/me/tokens", body);
            assertEquals(400, refused.statusCode(), body);
        }

        JsonObject soon = WebClient.json(ownerApi.sendJson("POST", "/api/me/tokens", "{\"name\":\"short-lived\",\"expiresInDays\":1}"));
        TestStore.database().getCollection("api_tokens").updateOne(new Document("_id", soon.getString("id")),
                new Document("$set", new Document("expiresAt", new java.util.Date(System.currentTimeMillis() - 1_000))));
        HttpResponse<String> expired = new WebClient(base).bearer(soon.getString("token")).get("/api/me");
        assertEquals(401, expired.statusCode(), "an expired token opens nothing");
        assertEquals("invalid_token", WebClient.json(expired).getString("error"));
    }
}
