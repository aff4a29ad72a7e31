package org.tradeexecutor.signals.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S2 without Discord: recorded messages driven through the gateway's handler (the replay endpoint). */
@ExtendWith(ArquillianExtension.class)
class DiscordIntakeIT {

    @ArquillianResource
    URL base;

    private JsonObject recorded;
    private String channelId;
    private WebClient host;
    private String providerId;

    @BeforeEach
    void channelBoundToAProvider() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/signals/discord-messages.json"))) {
            recorded = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        }
        channelId = String.valueOf(100_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
        String username = "discord-host-" + System.nanoTime();
        Fixtures.createOwnedCommunity(username, "Discord Guild " + username, "ENTERPRISE");
        host = new WebClient(base).basic(username, "demo");
        providerId = WebClient.json(host.sendJson("POST", "/api/community/providers",
                "{\"name\":\"#signals\",\"type\":\"DISCORD_CHANNEL\",\"discordChannelId\":\"" + channelId + "\"}")).getJsonObject("provider").getString("id");
    }

    private JsonArray replay(String name) {
        String message = recorded.getJsonObject(name).toString().replace("CHANNEL", channelId);
        HttpResponse<String> response = new WebClient(base).basic("admin", "demo").sendJson("POST", "/api/admin/discord/replay", message);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private long stored() {
        return TestStore.database().getCollection("signals").countDocuments(new Document("providerId", providerId));
    }

    @Test
    void aMessageInABoundChannelBecomesASignalOfThatProviderOnce() {
        JsonObject first = replay("entry").getJsonObject(0);
        assertEquals("VALID", first.getString("parseStatus"));
        assertEquals(providerId + ":msg:1310000000000000001", first.getString("signalId"));
        JsonObject again = replay("entry").getJsonObject(0);
        assertTrue(again.getBoolean("duplicate"), "a redelivered message is recognised");
        JsonObject signal = WebClient.json(host.get("/api/signals/" + first.getString("signalId")));
        assertEquals("DISCORD", signal.getString("source"));
        assertEquals("1310000000000000001", signal.getString("sourceMessageId").replace("msg:", ""));
        assertEquals(1, stored());
    }

    @Test
    void anEditUpdatesTheSameSignal() {
        String signalId = replay("entry").getJsonObject(0).getString("signalId");
        assertEquals(signalId, replay("entryEdited").getJsonObject(0).getString("signalId"));
        JsonObject signal = WebClient.json(host.get("/api/signals/" + signalId));
        assertEquals(151, signal.getJsonObject("parsed").getJsonNumber("entry").intValue());
        assertTrue(signal.getString("rawText").contains("edit"));
        assertEquals(1, stored());
    }

    @Test
    void aReplyTakesItsSymbolFromTheMessageItAnswers() {
        JsonObject reply = replay("reply").getJsonObject(0);
        JsonObject parsed = WebClient.json(host.get("/api/signals/" + reply.getString("signalId"))).getJsonObject("parsed");
        assertEquals("UPDATE", parsed.getString("kind"));
        assertEquals("AAPL", parsed.getString("symbol"));
        assertEquals("MOVE_STOP_TO_ENTRY", parsed.getJsonObject("update").getString("action"));
        assertTrue(parsed.getJsonArray("flags").toString().contains("SYMBOL_FROM_REPLY"));
    }

    @Test
    void rejectedAndChatterMessagesAreStoredWithTheirStatusForTheHosts() {
        assertEquals("REJECTED", replay("rejected").getJsonObject(0).getString("status"));
        assertEquals("IGNORED", replay("chatter").getJsonObject(0).getString("status"));
        assertEquals(2, stored());
    }

    @Test
    void botsOtherChannelsAndDisabledProvidersAreNotListenedTo() {
        assertTrue(replay("fromBot").isEmpty());
        assertTrue(replay("otherChannel").isEmpty());
        host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"enabled\":false}");
        assertTrue(replay("entry").isEmpty());
        assertEquals(0, stored());
    }

    @Test
    void onlyPlatformAdminsMayReplayAndHealthSaysDiscordIsOff() {
        assertEquals(403, new WebClient(base).basic("host", "demo")
                .sendJson("POST", "/api/admin/discord/replay", recorded.getJsonObject("entry").toString()).statusCode());
        String health = new WebClient(base).get("/health/ready").body();
        assertTrue(health.contains("\"name\":\"discord\"") && health.contains("\"state\":\"off\""), health);
    }
}
