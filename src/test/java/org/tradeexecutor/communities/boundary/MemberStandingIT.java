package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suspend, restore and remove (PRODUCT C3): a suspended member's follows stop executing and their actions answer 403
 * with the reason, a suspended host loses host powers, restore brings it back, removal keeps the trades; who may do it
 * to whom; every change audited with before and after.
 */
@ExtendWith(ArquillianExtension.class)
class MemberStandingIT {

    @ArquillianResource
    URL base;

    private static String member(TradingCommunity community, String name) {
        return Fixtures.user(community.username(name)).getString("_id");
    }

    private static Document membership(TradingCommunity community, String userId) {
        return TestStore.database().getCollection("memberships").find(new Document("_id", community.communityId + ":" + userId)).first();
    }

    @Test
    void aSuspendedMembersFollowsStopExecutingAndRestoreBringsThemBack() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("steady", "ON");
        WebClient paused = community.trader("paused", "ON");
        String pausedId = member(community, "paused");

        try (SocketClient live = SocketClient.signedIn(base, community.username("paused"))) {
            live.awaitType("welcome");
            HttpResponse<String> suspended = community.host.sendJson("POST", "/api/community/members/" + pausedId + "/suspend", "{\"reason\":\"chargeback\"}");
            assertEquals(200, suspended.statusCode(), suspended.body());
            assertEquals("SUSPENDED", WebClient.json(suspended).getString("status"));
            String closed = live.awaitClose();
            assertTrue(closed.startsWith("1008 ") && closed.contains("suspended: chargeback"), "the live connection closes, saying why: " + closed);
        }
        Document audit = TestStore.database().getCollection("security_audits").find(new Document("communityId", community.communityId)
                .append("action", "community.member_suspended")).first();
        assertEquals("ACTIVE", audit.getString("before"));
        assertEquals("SUSPENDED", audit.getString("after"));
        assertEquals("chargeback", audit.getString("detail"));

        HttpResponse<String> follow = paused.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId + "\"}");
        assertEquals(403, follow.statusCode());
        assertEquals("membership_inactive", WebClient.json(follow).getString("error"));
        assertTrue(WebClient.json(follow).getString("message").contains("chargeback"), "the reason is told: " + follow.body());
        Map<String, JsonObject> executions = community.awaitExecutions(community.signal("BUY MSFT SL 95"), 2, TradingCommunity::settled);
        assertEquals("FILLED", executions.get(community.username("steady")).getString("state"));
        assertEquals("RISK_REJECTED", executions.get(community.username("paused")).getString("state"), "skipped with the reason");

        HttpResponse<String> restored = community.host.sendJson("POST", "/api/community/members/" + pausedId + "/restore", "");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("ACTIVE", WebClient.json(restored).getString("status"));
        assertNull(membership(community, pausedId).getString("statusReason"));
        executions = community.awaitExecutions(community.signal("BUY KO SL 1"), 2, TradingCommunity::settled);
        assertEquals("FILLED", executions.get(community.username("paused")).getString("state"), "trades again");
    }

    @Test
    void whoMaySuspendWhomAndASuspendedHostHasNoHostPowers() {
        TradingCommunity community = new TradingCommunity(base);
        String ownerId = Fixtures.user("exec-host-" + community.tag).getString("_id");
        String adminId = Fixtures.createUser(community.username("admin"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, adminId, "ADMIN");
        String moderatorId = Fixtures.createUser(community.username("mod"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, moderatorId, "MODERATOR");
        WebClient admin = new WebClient(base).basic(community.username("admin"), "demo");
        WebClient moderator = new WebClient(base).basic(community.username("mod"), "demo");
        community.trader("plain", null);
        String traderId = member(community, "plain");

        Map<WebClient, String> refusals = Map.of(moderator, adminId, admin, ownerId, community.host, ownerId);
        refusals.forEach((host, target) -> {
            HttpResponse<String> answer = host.sendJson("POST", "/api/community/members/" + target + "/suspend", "{\"reason\":\"because\"}");
            assertEquals(403, answer.statusCode(), answer.body());
            assertEquals("role_change_forbidden", WebClient.json(answer).getString("error"));
        });
        assertEquals(403, moderator.send("application/json", "DELETE", "/api/community/members/" + adminId, "").statusCode());
        assertEquals("ACTIVE", membership(community, adminId).getString("status"), "nothing changed");
        assertEquals(400, moderator.sendJson("POST", "/api/community/members/" + traderId + "/suspend", "{}").statusCode(), "a reason is needed");
        assertEquals(400, moderator.sendJson("POST", "/api/community/members/" + traderId + "/suspend", "{\"reason\":\"" + "x".repeat(201) + "\"}").statusCode());
        assertEquals(200, moderator.sendJson("POST", "/api/community/members/" + traderId + "/suspend", "{\"reason\":\"spam\"}").statusCode());

        assertEquals(200, admin.sendJson("POST", "/api/community/members/" + moderatorId + "/suspend", "{\"reason\":\"on leave\"}").statusCode());
        HttpResponse<String> powerless = moderator.get("/api/community/members");
        assertEquals(403, powerless.statusCode(), "a suspended host has no host powers");
        assertEquals("membership_inactive", WebClient.json(powerless).getString("error"));
    }

    @Test
    void removalEndsTheMembershipAndKeepsTheTrades() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("leaving", "ON");
        String userId = member(community, "leaving");
        community.awaitExecutions(community.signal("BUY SPY SL 500 TP 580"), 1, TradingCommunity::settled); // a round trip: a trade
        org.tradeexecutor.support.Eventually.until(() -> TestStore.database().getCollection("trades").countDocuments(new Document("userId", userId)) == 1,
                "the round trip is booked");

        try (SocketClient live = SocketClient.signedIn(base, community.username("leaving"))) {
            live.awaitType("welcome");
            HttpResponse<String> removed = community.host.send("application/json", "DELETE", "/api/community/members/" + userId, "");
            assertEquals(204, removed.statusCode(), removed.body());
            assertTrue(live.awaitClose().contains("no longer a member"), "the live connection for the community closes");
        }
        assertNull(membership(community, userId));
        assertEquals(1, TestStore.database().getCollection("trades").countDocuments(new Document("userId", userId)), "trades kept");
        assertEquals(1, TestStore.database().getCollection("security_audits").countDocuments(new Document("communityId", community.communityId)
                .append("action", "community.member_removed")));
        assertEquals("0", community.host.get("/api/community/members?search=" + community.username("leaving")).headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(404, community.host.send("application/json", "DELETE", "/api/community/members/" + userId, "").statusCode(), "gone");
    }
}
