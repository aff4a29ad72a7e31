package org.tradeexecutor.notifications.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.DiscordStub;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications (PRODUCT T4) and the alert channel (S2) over real HTTP, a real WebSocket and the {@link DiscordStub}
 * for Discord's REST API: the history and its unread count follow what happened, each type obeys its level on each
 * channel (toasts too), direct messages are opt-in and batched, a community's alert channel gets one message per
 * signal, and Discord failing never holds up a trade.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @ArquillianResource
    URL base;

    @BeforeEach
    void stub() {
        DiscordStub.start();
        DiscordStub.reset();
    }

    @AfterEach
    void calm() {
        DiscordStub.reset();
    }

    @Test
    void aFillIsInTheHistoryUnreadUntilMarkedAndOnlyTheOwnerMayMarkIt() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("notified", "ON");
        long unreadBefore = unread(trader);

        String signalId = community.signal("BUY AMD SL 50");
        community.awaitExecutions(signalId, 1, TradingCommunity::settled);
        Eventually.until(() -> history(trader).stream().anyMatch(n -> "fill".equals(n.getString("type"))), "the fill in the history");

        JsonObject fill = history(trader).stream().filter(n -> "fill".equals(n.getString("type"))).findFirst().orElseThrow();
        assertTrue(fill.getString("summary").startsWith("Filled: buy"), fill.toString());
        assertEquals(community.communityId, fill.getString("communityId"));
        assertTrue(fill.get("readAt") == null || fill.get("readAt") == JsonValue.NULL, "unread");
        long unread = unread(trader);
        assertEquals(unreadBefore + history(trader).stream().filter(n -> n.get("readAt") == null || n.get("readAt") == JsonValue.NULL).count(), unread,
                "the count is the unread entries");

        WebClient stranger = new WebClient(base).basic(Fixtures.newTrader("stranger"), "demo");
        assertEquals(404, stranger.send("application/json", "POST", "/api/me/notifications/" + fill.getString("id") + "/read", null).statusCode());
        assertEquals(unread, unread(trader), "someone else cannot mark it");
        assertEquals(204, trader.send("application/json", "POST", "/api/me/notifications/" + fill.getString("id") + "/read", null).statusCode());
        assertEquals(unread - 1, unread(trader));
        assertEquals(204, trader.send("application/json", "POST", "/api/me/notifications/" + fill.getString("id") + "/read", null).statusCode());
        assertEquals(unread - 1, unread(trader), "read twice counts once");
        assertEquals(204, trader.send("application/json", "POST", "/api/me/notifications/read", null).statusCode());
        assertEquals(0, unread(trader));
        WebClient browser = new WebClient(base);
        browser.signIn(community.username("notified"), "demo");
        String page = browser.get("/dashboard/trader/notifications").body();
        assertTrue(page.contains(fill.getString("summary")), "the page shows the history: " + page);

        assertEquals(400, trader.get("/api/me/notifications?limit=0").statusCode());
        assertEquals("invalid_request", WebClient.json(trader.get("/api/me/notifications?limit=abc")).getString("error"));
    }

    @Test
    void eachTypeFollowsItsLevelOffSilentAndOnAndTheToastsObeyToo() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("chooser", "ON");
        JsonObject defaults = WebClient.json(trader.get("/api/me/notifications/preferences"));
        JsonObject fillRow = row(defaults, "fill");
        assertEquals("on", fillRow.getString("inApp"));
        assertEquals("off", fillRow.getString("discordDm"), "Discord messages are opt-in");

        HttpResponse<String> wrong = trader.sendJson("PUT", "/api/me/notifications/preferences",
                "{\"preferences\":[{\"type\":\"fill\",\"channel\":\"inApp\",\"level\":\"off\"},{\"type\":\"fills\",\"channel\":\"pigeon\",\"level\":\"loud\"}]}");
        assertEquals(400, wrong.statusCode());
        assertEquals("invalid_preferences", WebClient.json(wrong).getString("error"));
        assertEquals(3, WebClient.json(wrong).getJsonArray("problems").size(), wrong.body());
        assertEquals("on", row(WebClient.json(trader.get("/api/me/notifications/preferences")), "fill").getString("inApp"), "nothing changed");

        try (SocketClient socket = SocketClient.signedIn(base, community.username("chooser"))) {
            socket.awaitType("welcome");
            socket.subscribe("notifications");
            socket.subscribe("trades");

            level(trader, "fill", "inApp", "off");
            String off = community.signal("BUY AMD SL 50");
            socket.await(m -> "trade.filled".equals(m.getString("type")) && off.equals(m.getJsonObject("data").getString("signalId")));
            level(trader, "fill", "inApp", "silent");
            String silent = community.signal("BUY INTC SL 10");
            socket.await(m -> "trade.filled".equals(m.getString("type")) && silent.equals(m.getJsonObject("data").getString("signalId")));
            ServerProcess.pause(600); // two flushes of the history writer
            assertTrue(socket.received().stream().noneMatch(m -> "notification".equals(m.getString("type"))), "no toast when off or silent");
            List<JsonObject> history = history(trader);
            assertEquals(1, history.stream().filter(n -> "fill".equals(n.getString("type"))).count(), "off: not kept; silent: kept: " + history);
            assertTrue(history.get(0).getString("summary").contains("INTC"));

            level(trader, "fill", "inApp", "on");
            String on = community.signal("BUY MU SL 10");
            assertTrue(socket.awaitType("notification").getJsonObject("data").getString("summary").contains("MU"), "on: a toast");
            community.awaitExecutions(on, 1, TradingCommunity::settled);
        }
    }

    @Test
    void directMessagesAreOptInBatchedAndSilentWhenAskedSo() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient linked = community.trader("dm", "ON");
        String discordId = "3" + System.nanoTime();
        TestStore.database().getCollection("users").updateOne(new Document("username", community.username("dm")),
                new Document("$set", new Document("discordUserId", discordId)));
        WebClient unlinked = community.trader("nodm", "ON");
        level(linked, "fill", "discordDm", "silent");
        level(unlinked, "fill", "discordDm", "on");
        assertTrue(WebClient.json(linked.get("/api/me/notifications/preferences")).getBoolean("directMessagesAvailable"));

        String first = community.signal("BUY AMD SL 50");
        String second = community.signal("BUY INTC SL 10");
        community.awaitExecutions(first, 2, TradingCommunity::settled);
        community.awaitExecutions(second, 2, TradingCommunity::settled);

        Eventually.until(() -> DiscordStub.posted("dm-" + discordId).stream().mapToLong(p -> p.content().lines().count()).sum() >= 2, "both fills in DMs");
        List<DiscordStub.Posted> messages = DiscordStub.posted("dm-" + discordId);
        assertEquals(1, messages.size(), "two fills within the batch time: one message " + messages);
        assertTrue(messages.get(0).content().contains("AMD") && messages.get(0).content().contains("INTC"), messages.get(0).content());
        assertEquals(1 << 12, messages.get(0).flags(), "silent: no ping");
    }

    @Test
    void theAlertChannelHearsOncePerSignalAndDiscordFailingHoldsUpNoTrade() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("alert-a", "ON");
        WebClient refused = community.trader("alert-b", "ON");
        TradingCommunity.setRiskLimit(refused, "minAccountBalance", 1_000_000);
        String channel = "2" + System.nanoTime();
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings",
                "{\"discordGuildId\":\"1" + System.nanoTime() + "\",\"alertChannelId\":\"" + channel + "\"}").statusCode());

        String signalId = community.signal("BUY AMD SL 50");
        community.awaitExecutions(signalId, 2, TradingCommunity::settled);

        Eventually.until(() -> !DiscordStub.posted(channel).isEmpty(), "the alert");
        ServerProcess.pause(1_500);
        List<DiscordStub.Posted> alerts = DiscordStub.posted(channel);
        assertEquals(1, alerts.size(), "one message per signal: " + alerts);
        String alert = alerts.get(0).content();
        assertTrue(alert.contains("AMD") && alert.contains("filled 1 / rejected 1"), alert);
        assertTrue(alert.contains("(min_balance ×1)"), "the reason, grouped: " + alert);

        DiscordStub.failChannel(channel);
        double failedBefore = Eventually.metric(base, "discord_messages_total", "outcome=\"failed\"");
        long start = System.currentTimeMillis();
        String during = community.signal("BUY INTC SL 10");
        community.awaitExecutions(during, 2, TradingCommunity::settled);
        long took = System.currentTimeMillis() - start;
        Eventually.until(() -> Eventually.metric(base, "discord_messages_total", "outcome=\"failed\"") > failedBefore, "the failure counted");
        assertTrue(took < 10_000, "the trade did not wait for Discord: " + took + " ms");
        assertEquals(1, DiscordStub.posted(channel).size(), "nothing more arrived");
    }

    @Test
    void hostsFindTheMembersWhoJoinedInTheirHistory() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("joiner", "ON");
        String code = WebClient.json(community.host.sendJson("POST", "/api/community/invites", "{\"role\":\"TRADER\"}")).getString("code");
        String newcomer = Fixtures.newTrader("invited");
        assertEquals(201, new WebClient(base).basic(newcomer, "demo").sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + code + "\"}").statusCode());
        Eventually.until(() -> history(community.host).stream().anyMatch(n -> "member_joined".equals(n.getString("type"))
                && n.getString("summary").contains(newcomer)), "the host's history names the newcomer");
    }

    private static JsonObject row(JsonObject preferences, String type) {
        return preferences.getJsonArray("preferences").stream().map(JsonValue::asJsonObject).filter(r -> type.equals(r.getString("type"))).findFirst().orElseThrow();
    }

    private static void level(WebClient user, String type, String channel, String level) {
        HttpResponse<String> saved = user.sendJson("PUT", "/api/me/notifications/preferences",
                "{\"preferences\":[{\"type\":\"" + type + "\",\"channel\":\"" + channel + "\",\"level\":\"" + level + "\"}]}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(level, row(WebClient.json(saved), type).getString("discordDm".equals(channel) ? "discordDm" : "inApp"));
    }

    private static List<JsonObject> history(WebClient user) {
        HttpResponse<String> page = user.get("/api/me/notifications?limit=100");
        assertEquals(200, page.statusCode(), page.body());
        return WebClient.json(page).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static long unread(WebClient user) {
        return WebClient.json(user.get("/api/me/notifications/unread")).getJsonNumber("unread").longValue();
    }
}
