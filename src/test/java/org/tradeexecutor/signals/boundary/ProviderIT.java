package org.tradeexecutor.signals.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S1: providers of the active community, plan limits, secrets shown once and stored encrypted. */
@ExtendWith(ArquillianExtension.class)
class ProviderIT {

    @ArquillianResource
    URL base;

    @Test
    void theDemoCommunityHasTheDemoWebhookProvider() {
        JsonArray providers = jsonArray(new WebClient(base).basic("host", "demo").get("/api/community/providers"));
        JsonObject demo = providers.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("name").equals("Demo Signals")).findFirst().orElseThrow();
        assertEquals("WEBHOOK", demo.getString("type"));
        assertTrue(demo.getBoolean("enabled"));
        assertEquals("UNVERIFIED", demo.getString("verificationStatus"));
        assertTrue(demo.getString("webhookUrl").endsWith("/api/webhooks/providers/" + demo.getString("id")));
        assertFalse(demo.containsKey("webhookSecret"));
    }

    @Test
    void tradersMayNotSeeOrManageProviders() {
        WebClient trader = new WebClient(base).basic("trader", "demo");
        assertEquals(403, trader.get("/api/community/providers").statusCode());
        assertEquals(403, trader.sendJson("POST", "/api/community/providers", "{\"name\":\"Mine\",\"type\":\"MANUAL\"}").statusCode());
    }

    @Test
    void theFreePlanAllowsTwoProvidersAndSecretsAreStoredEncrypted() {
        String username = "free-host-" + System.nanoTime();
        Fixtures.createOwnedCommunity(username, "Free Guild " + username, "FREE");
        WebClient host = new WebClient(base).basic(username, "demo");

        HttpResponse<String> first = host.sendJson("POST", "/api/community/providers", "{\"name\":\"TV alerts\",\"type\":\"WEBHOOK\"}");
        assertEquals(201, first.statusCode(), first.body());
        String secret = WebClient.json(first).getString("webhookSecret");
        String id = WebClient.json(first).getJsonObject("provider").getString("id");
        Document stored = TestStore.database().getCollection("providers").find(new Document("_id", id)).first();
        assertFalse(stored.toJson().contains(secret), "the secret must not be stored in clear");

        HttpResponse<String> second = host.sendJson("POST", "/api/community/providers",
                "{\"name\":\"#signals\",\"type\":\"DISCORD_CHANNEL\",\"discordChannelId\":\"123456789012345678\"}");
        assertEquals(201, second.statusCode());
        assertEquals(JsonValue.NULL, WebClient.json(second).get("webhookSecret"), "only webhook providers have a secret");

        HttpResponse<String> third = host.sendJson("POST", "/api/community/providers", "{\"name\":\"Manual\",\"type\":\"MANUAL\"}");
        assertEquals(409, third.statusCode());
        assertEquals("plan_limit", WebClient.json(third).getString("error"));
        assertEquals(2, jsonArray(host.get("/api/community/providers")).size());
        assertEquals(2, Fixtures.audits("provider.create", username));
    }

    @Test
    void invalidProvidersAreRefused() {
        WebClient host = new WebClient(base).basic("host", "demo");
        assertEquals(400, host.sendJson("POST", "/api/community/providers", "{\"type\":\"WEBHOOK\"}").statusCode());
        assertEquals(400, host.sendJson("POST", "/api/community/providers", "{\"name\":\"x\",\"type\":\"DISCORD_CHANNEL\"}").statusCode());
        assertEquals(400, host.sendJson("POST", "/api/community/providers", "{\"name\":\"x\"}").statusCode());
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
