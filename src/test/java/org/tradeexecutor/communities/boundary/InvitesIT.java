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
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT A6: hosts make invite codes, people join with them; the hosts' live feed hears of each new member. */
@ExtendWith(ArquillianExtension.class)
class InvitesIT {

    @ArquillianResource
    URL base;

    @Test
    void someoneJoinsWithAnInviteCodeOnceAndTheHostHearsItLive() {
        String tag = Long.toString(System.nanoTime(), 36);
        String hostName = "invite-host-" + tag;
        String communityId = Fixtures.createOwnedCommunity(hostName, "Invite Guild " + tag, "PROFESSIONAL");
        WebClient host = new WebClient(base).basic(hostName, "demo");
        HttpResponse<String> made = host.sendJson("POST", "/api/community/invites", "{\"role\":\"trader\",\"maxUses\":5,\"days\":3}");
        assertEquals(201, made.statusCode(), made.body());
        String code = WebClient.json(made).getString("code");
        assertEquals(1, WebClient.jsonArray(host.get("/api/community/invites")).size());

        String newcomer = "newcomer-" + tag;
        String newcomerId = Fixtures.createUser(newcomer, "ACTIVE", null);
        try (SocketClient hostLive = SocketClient.signedIn(base, hostName)) {
            hostLive.awaitType("welcome");
            hostLive.send("{\"type\":\"subscribe\",\"topic\":\"community\"}");
            hostLive.awaitType("subscribed");

            WebClient joiner = new WebClient(base).basic(newcomer, "demo");
            String typed = code.substring(0, 5).toLowerCase() + "-" + code.substring(5);
            HttpResponse<String> joined = joiner.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + typed + "\"}");
            assertEquals(201, joined.statusCode(), joined.body());
            assertEquals(communityId, WebClient.json(joined).getString("communityId"));
            assertEquals("TRADER", WebClient.json(joined).getString("role"));

            JsonObject live = hostLive.awaitType("member.joined").getJsonObject("data");
            assertEquals(newcomer, live.getString("username"));
            assertEquals("TRADER", live.getString("role"));

            HttpResponse<String> again = joiner.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + code + "\"}");
            assertEquals(409, again.statusCode());
            assertEquals("already_member", WebClient.json(again).getString("error"));
        }
        Document membership = TestStore.database().getCollection("memberships").find(new Document("_id", communityId + ":" + newcomerId)).first();
        assertEquals("TRADER", membership.getString("role"));
        assertEquals(1, TestStore.database().getCollection("invites").find(new Document("_id", code)).first().getInteger("uses"), "one use counted");
        assertEquals(1, Fixtures.audits("community.member_joined", newcomer));
    }

    @Test
    void badInvitesAndSpentCodesAreRefusedAndChangeNothing() {
        String tag = Long.toString(System.nanoTime(), 36);
        String hostName = "strict-host-" + tag;
        String communityId = Fixtures.createOwnedCommunity(hostName, "Strict Guild " + tag, "FREE");
        WebClient host = new WebClient(base).basic(hostName, "demo");
        for (String body : new String[]{"{\"role\":\"owner\"}", "{\"role\":\"admin\"}", "{\"maxUses\":0}", "{\"days\":31}", "{\"role\":\"wizard\"}"}) {
            HttpResponse<String> refused = host.sendJson("POST", "/api/community/invites", body);
            assertEquals(400, refused.statusCode(), body);
            assertEquals("invalid_invite", WebClient.json(refused).getString("error"));
        }
        assertEquals(0, WebClient.jsonArray(host.get("/api/community/invites")).size(), "nothing was made");

        String trader = Fixtures.newTrader("not-a-host");
        assertEquals(403, new WebClient(base).basic(trader, "demo").sendJson("POST", "/api/community/invites", "{}").statusCode(),
                "only hosts make invites");

        WebClient someone = new WebClient(base).basic(Fixtures.newTrader("joiner"), "demo");
        assertEquals(404, someone.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"NOSUCHCODE\"}").statusCode());
        assertEquals(404, someone.sendJson("POST", "/api/me/memberships", "{}").statusCode());

        String once = WebClient.json(host.sendJson("POST", "/api/community/invites", "{\"maxUses\":1}")).getString("code");
        assertEquals(201, someone.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + once + "\"}").statusCode());
        HttpResponse<String> spent = new WebClient(base).basic(Fixtures.newTrader("late"), "demo")
                .sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + once + "\"}");
        assertEquals(410, spent.statusCode());
        assertEquals("invite_used_up", WebClient.json(spent).getString("error"));

        String expiring = WebClient.json(host.sendJson("POST", "/api/community/invites", "{}")).getString("code");
        TestStore.database().getCollection("invites").updateOne(new Document("_id", expiring),
                new Document("$set", new Document("expiresAt", Date.from(Instant.now().minusSeconds(60)))));
        HttpResponse<String> expired = new WebClient(base).basic(Fixtures.newTrader("tardy"), "demo")
                .sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + expiring + "\"}");
        assertEquals(410, expired.statusCode());
        assertEquals("invite_expired", WebClient.json(expired).getString("error"));

        String other = Fixtures.createOwnedCommunity("other-host-" + tag, "Other Guild " + tag, "FREE");
        assertFalse(other.equals(communityId));
        String open = WebClient.json(host.sendJson("POST", "/api/community/invites", "{\"maxUses\":100}")).getString("code");
        WebClient otherHost = new WebClient(base).basic("other-host-" + tag, "demo");
        assertEquals(404, otherHost.send("application/json", "DELETE", "/api/community/invites/" + open, null).statusCode(),
                "another community's host cannot revoke it");

        // FREE allows 10 members: the owner and the first joiner are two; fill up to ten, then the next is turned away.
        for (int i = 0; i < 8; i++) {
            Fixtures.addMember(communityId, Fixtures.createUser("filler-" + i + "-" + tag, "ACTIVE", null), "TRADER");
        }
        HttpResponse<String> full = new WebClient(base).basic(Fixtures.newTrader("eleventh"), "demo")
                .sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + open + "\"}");
        assertEquals(409, full.statusCode());
        assertTrue(WebClient.json(full).getString("message").contains("10 members"), full.body());
        assertEquals(0, TestStore.database().getCollection("invites").find(new Document("_id", open)).first().getInteger("uses"),
                "a refused join uses nothing up");
        assertEquals(10, TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", communityId)));

        assertEquals(204, host.send("application/json", "DELETE", "/api/community/invites/" + open, null).statusCode());
        assertEquals(404, someone.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + open + "\"}").statusCode(), "a revoked code is gone");
    }
}
