package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT A2, A5: one rule of who may act where, on every path — viewers read only, a suspended member opens nothing
 * (but may still close), a suspended host has no host powers, and a suspended account is shut out of its sessions,
 * remembered sign-ins, tokens and live connections within seconds (ACCESS_RECHECK_SECONDS=1 on the test server).
 */
@ExtendWith(ArquillianExtension.class)
class MemberRightsIT {

    @ArquillianResource
    URL base;

    private static void setMembership(String communityId, String userId, String status, String role) {
        TestStore.database().getCollection("memberships").updateOne(new Document("_id", communityId + ":" + userId),
                new Document("$set", new Document("status", status).append("statusReason", "test").append("role", role)));
    }

    private static void setAccount(String username, String status) {
        TestStore.database().getCollection("users").updateOne(new Document("username", username), new Document("$set", new Document("status", status)));
    }

    private static String error(HttpResponse<String> response) {
        return WebClient.json(response).getString("error");
    }

    @Test
    void aViewerReadsButNeitherFollowsNorIsTradedFor() {
        TradingCommunity community = new TradingCommunity(base);
        String viewerId = Fixtures.createUser(community.username("viewer"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, viewerId, "VIEWER");
        WebClient viewer = new WebClient(base).basic(community.username("viewer"), "demo");

        HttpResponse<String> follow = viewer.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId + "\"}");
        assertEquals(403, follow.statusCode(), follow.body());
        assertEquals("viewer_read_only", error(follow));
        assertEquals(0, TestStore.database().getCollection("subscriptions").countDocuments(new Document("userId", viewerId)));
        assertEquals(200, viewer.get("/api/trader/subscriptions").statusCode(), "reading is allowed");

        // Followed before the role changed (written straight into the store): the fan-out trades nothing for a viewer.
        TestStore.database().getCollection("subscriptions").insertOne(new Document("_id", community.communityId + ":" + viewerId + ":" + community.providerId)
                .append("communityId", community.communityId).append("userId", viewerId).append("providerId", community.providerId)
                .append("active", true).append("followedAt", new Date()).append("settings", new Document("autoExecute", "ON").append("copyMultiplier", 1)));
        community.trader("follower", "ON");
        String signalId = community.signal("BUY MSFT SL 95");
        Map<String, JsonObject> executions = community.awaitExecutions(signalId, 2, TradingCommunity::settled);
        JsonObject refused = executions.get(community.username("viewer"));
        assertEquals("RISK_REJECTED", refused.getString("state"), executions.toString());
        assertTrue(refused.getString("reason").contains("read-only"), refused.toString());
        assertEquals("FILLED", executions.get(community.username("follower")).getString("state"));
        assertEquals(0, TestStore.database().getCollection("paper_orders").countDocuments(new Document("_id", refused.getString("clientOrderId"))));
    }

    @Test
    void aSuspendedMemberOpensNothingButMayStillDeclineAndClose() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient confirming = community.trader("confirming", "OFF");
        WebClient holder = community.trader("holder", "ON");
        String signalId = community.signal("BUY MSFT SL 95");
        Map<String, JsonObject> executions = community.awaitExecutions(signalId, 2, TradingCommunity::settled);
        assertEquals("AWAITING_CONFIRMATION", executions.get(community.username("confirming")).getString("state"));
        String waiting = WebClient.jsonArray(confirming.get("/api/trader/executions")).getJsonObject(0).getString("id");
        setMembership(community.communityId, Fixtures.user(community.username("confirming")).getString("_id"), "SUSPENDED", "TRADER");
        setMembership(community.communityId, Fixtures.user(community.username("holder")).getString("_id"), "SUSPENDED", "TRADER");

        HttpResponse<String> confirm = confirming.send("application/json", "POST", "/api/trader/executions/" + encode(waiting) + "/confirm", null);
        assertEquals(403, confirm.statusCode(), confirm.body());
        assertEquals("membership_inactive", error(confirm));
        assertEquals("AWAITING_CONFIRMATION", TestStore.database().getCollection("executions").find(new Document("_id", waiting)).first().getString("state"));
        HttpResponse<String> refollow = confirming.sendJson("PUT", "/api/trader/subscriptions/" + community.providerId,
                "{\"autoExecute\":\"ON\",\"copyMultiplier\":1}");
        assertEquals(403, refollow.statusCode(), refollow.body());
        assertEquals("membership_inactive", error(refollow));

        HttpResponse<String> decline = confirming.send("application/json", "POST", "/api/trader/executions/" + encode(waiting) + "/decline", null);
        assertEquals(200, decline.statusCode(), decline.body());
        assertEquals("DECLINED", WebClient.json(decline).getString("state"));
        String positionId = WebClient.jsonArray(holder.get("/api/trader/positions")).getJsonObject(0).getString("id");
        HttpResponse<String> close = holder.send("application/json", "POST", "/api/trader/positions/" + encode(positionId) + "/close", null);
        assertTrue(close.statusCode() < 300, "closing is reducing: " + close.body());

        String second = community.signal("BUY AAPL SL 95");
        JsonObject refused = community.awaitExecutions(second, 2, TradingCommunity::settled).get(community.username("holder"));
        assertEquals("RISK_REJECTED", refused.getString("state"));
        assertTrue(refused.getString("reason").contains("not active"), refused.toString());
    }

    @Test
    void aHostNoLongerHostingLosesTheCommunityTopicAndASuspendedOneTheConnection() {
        TradingCommunity community = new TradingCommunity(base);
        String hostId = Fixtures.user("exec-host-" + community.tag).getString("_id");
        WebClient web = new WebClient(base);
        web.signIn("exec-host-" + community.tag, "demo");
        try (SocketClient live = SocketClient.connect(base, web.cookie("DTESESSION").orElseThrow())) {
            live.awaitType("welcome");
            live.send("{\"type\":\"subscribe\",\"topic\":\"community\"}");
            live.awaitType("subscribed");
            assertEquals(200, community.host.get("/api/community/providers").statusCode());

            setMembership(community.communityId, hostId, "ACTIVE", "TRADER"); // a trader now: the connection stays, the topic goes
            JsonObject revoked = live.await(m -> "error".equals(m.getString("type")));
            assertEquals("forbidden_topic", revoked.getJsonObject("data").getString("code"));
            live.send("{\"type\":\"subscribe\",\"topic\":\"community\"}");
            awaitErrors(live, 2); // subscribing again is refused too

            setMembership(community.communityId, hostId, "SUSPENDED", "OWNER");
            HttpResponse<String> providers = community.host.get("/api/community/providers");
            assertEquals(403, providers.statusCode(), providers.body());
            assertEquals("membership_inactive", error(providers));
            String closed = live.awaitClose();
            assertTrue(closed.startsWith("1008 ") && closed.contains("suspended: test"), closed);
        }
        try (SocketClient again = SocketClient.connect(base, web.cookie("DTESESSION").orElseThrow())) {
            assertTrue(again.awaitClose().contains("suspended"), "a suspended member does not connect again");
        }
        HttpResponse<String> page = web.get("/dashboard/community");
        assertEquals(403, page.statusCode(), "the community dashboard is a host's: " + page.body());
    }

    @Test
    void aSuspendedAccountIsShutOutOfSessionsRememberedSignInsTokensAndLiveConnectionsWithinSeconds() {
        String username = Fixtures.newTrader("suspended");
        WebClient browser = new WebClient(base);
        browser.signIn(username, "demo");
        String signInCookie = browser.cookie("DTESIGNIN").orElseThrow();
        String token = WebClient.json(new WebClient(base).basic(username, "demo").sendJson("POST", "/api/me/tokens", "{\"name\":\"bot\"}")).getString("token");
        WebClient bot = new WebClient(base).bearer(token);
        assertEquals(200, browser.get("/api/me").statusCode());
        assertEquals(200, bot.get("/api/me").statusCode());

        try (SocketClient live = SocketClient.connect(base, browser.cookie("DTESESSION").orElseThrow())) {
            live.awaitType("welcome");
            setAccount(username, "SUSPENDED");
            long suspendedAt = System.currentTimeMillis();
            String closed = live.awaitClose();
            assertTrue(closed.startsWith("1008 "), closed);
            assertTrue(System.currentTimeMillis() - suspendedAt < 5_000, "closed within seconds");
        }
        ServerProcess.pause(1_100);
        assertEquals(401, browser.get("/api/me").statusCode(), "the open session ends");
        assertEquals(401, bot.get("/api/me").statusCode(), "the token stops working");
        WebClient comingBack = new WebClient(base);
        comingBack.useCookie("DTESIGNIN", signInCookie);
        assertEquals(401, comingBack.get("/api/me").statusCode(), "the remembered sign-in resumes nothing");
        assertEquals(0, TestStore.database().getCollection("remembered_sign_ins").countDocuments(new Document("userId", Fixtures.user(username).getString("_id"))));
    }

    private static void awaitErrors(SocketClient live, long count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (live.received().stream().filter(m -> "error".equals(m.getString("type"))).count() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Fewer than " + count + " errors: " + live.received());
            }
            ServerProcess.pause(20);
        }
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
