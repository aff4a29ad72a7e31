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
import org.tradeexecutor.support.ServerProcess;
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
        return replayMessage(recorded.getJsonObject(name).toString().replace("CHANNEL", channelId));
    }

    private JsonArray replayInGuild(String name, String guildId, String authorId) {
        return replayMessage(Json.createObjectBuilder(recorded.getJsonObject(name)).add("channelId", channelId).add("guildId", guildId)
                .add("authorId", authorId).add("messageId", String.valueOf(System.nanoTime())).build().toString());
    }

    private JsonArray replayMessage(String message) {
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

    @Test
    void aChannelIsBoundToOneProviderPlatformWide() {
        String otherHost = "discord-rival-" + System.nanoTime();
        Fixtures.createOwnedCommunity(otherHost, "Rival Guild " + otherHost, "ENTERPRISE");
        WebClient rival = new WebClient(base).basic(otherHost, "demo");
        String bindSame = "{\"name\":\"#copied\",\"type\":\"DISCORD_CHANNEL\",\"discordChannelId\":\"" + channelId + "\"}";

        HttpResponse<String> elsewhere = rival.sendJson("POST", "/api/community/providers", bindSame);
        assertEquals(409, elsewhere.statusCode(), elsewhere.body());
        assertEquals("channel_taken", WebClient.json(elsewhere).getString("error"));
        assertEquals(409, host.sendJson("POST", "/api/community/providers", bindSame).statusCode(), "not twice in one community either");
        String rivalProvider = WebClient.json(rival.sendJson("POST", "/api/community/providers",
                "{\"name\":\"#own\",\"type\":\"DISCORD_CHANNEL\",\"discordChannelId\":\"" + (Long.parseLong(channelId) + 1) + "\"}"))
                .getJsonObject("provider").getString("id");
        assertEquals(409, rival.sendJson("PUT", "/api/community/providers/" + rivalProvider, "{\"discordChannelId\":\"" + channelId + "\"}").statusCode());

        JsonArray outcomes = replay("entry");
        assertEquals(1, outcomes.size(), "the message reaches the one provider bound to the channel");
        assertEquals(providerId + ":msg:1310000000000000001", outcomes.getJsonObject(0).getString("signalId"));

        // Moving our provider to another channel frees this one.
        assertEquals(200, host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"discordChannelId\":\"" + (Long.parseLong(channelId) + 2) + "\"}").statusCode());
        assertEquals(200, rival.sendJson("PUT", "/api/community/providers/" + rivalProvider, "{\"discordChannelId\":\"" + channelId + "\"}").statusCode());
        assertEquals(rivalProvider, replay("reply").getJsonObject(0).getString("signalId").split(":")[0]);
    }

    @Test
    void onlyTheProvidersAuthorsAndTheCommunitysServerCount() {
        assertEquals(400, host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"discordAuthorIds\":[\"not-a-snowflake\"]}").statusCode());
        JsonObject changed = WebClient.json(host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"discordAuthorIds\":[\"900000000000000001\"]}"));
        assertEquals("900000000000000001", changed.getJsonArray("discordAuthorIds").getString(0));
        assertEquals(400, host.sendJson("PUT", "/api/community/settings", "{\"discordGuildId\":\"my server\"}").statusCode());
        JsonObject settings = WebClient.json(host.sendJson("PUT", "/api/community/settings", "{\"discordGuildId\":\"555000000000000001\"}"));
        assertEquals("555000000000000001", settings.getString("discordGuildId"));

        JsonObject fromOther = replayInGuild("entry", "555000000000000001", "900000000000000009").getJsonObject(0);
        JsonObject otherServer = replayInGuild("entry", "555000000000000002", "900000000000000001").getJsonObject(0);
        JsonObject counted = replayInGuild("entry", "555000000000000001", "900000000000000001").getJsonObject(0);

        assertEquals("IGNORED", fromOther.getString("parseStatus"));
        assertTrue(WebClient.json(host.get("/api/signals/" + fromOther.getString("signalId"))).getJsonObject("parsed").getJsonArray("reasons")
                .getString(0).contains("not one of the provider's authors"));
        assertEquals("IGNORED", otherServer.getString("parseStatus"));
        assertTrue(WebClient.json(host.get("/api/signals/" + otherServer.getString("signalId"))).getJsonObject("parsed").getJsonArray("reasons")
                .getString(0).contains("another Discord server"));
        assertEquals("VALID", counted.getString("parseStatus"));
        assertEquals(3, stored(), "the ones that do not count are stored for the hosts to see why");
        assertEquals(1, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "community.settings")
                .append("detail", "discordGuildId").append("after", "discordGuildId=555000000000000001")));
    }

    @Test
    void anEditOfASignalWhoseOrdersWerePlannedNeverRunsItAgain() {
        String signalId = replay("entry").getJsonObject(0).getString("signalId");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"EXECUTED".equals(WebClient.json(host.get("/api/signals/" + signalId)).getString("status"))) {
            assertTrue(System.currentTimeMillis() < deadline, "the fan-out finishes");
            ServerProcess.pause(50);
        }
        replay("entryEdited");
        JsonObject edited = WebClient.json(host.get("/api/signals/" + signalId));
        assertEquals("EXECUTED", edited.getString("status"), "not PARSED again: a restart would run it a second time");
        assertTrue(edited.getString("rawText").contains("edit"), "the new text is kept");
    }
}
