package org.tradeexecutor.access.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/me and the active community, with the session or HTTP Basic. */
@ExtendWith(ArquillianExtension.class)
class MeApiIT {

    @ArquillianResource
    URL base;

    @Test
    void answersWhoIAmWithHttpBasic() {
        HttpResponse<String> response = new WebClient(base).basic("trader", "demo").get("/api/me");

        assertEquals(200, response.statusCode());
        JsonObject me = WebClient.json(response);
        assertEquals(Fixtures.user("trader").getString("_id"), me.getString("id"));
        assertEquals("trader", me.getString("username"));
        assertEquals("Tara Trader", me.getString("displayName"));
        assertTrue(me.getBoolean("dualDashboard"));
        assertFalse(me.getBoolean("platformAdmin"));
        JsonObject community = me.getJsonArray("communities").getJsonObject(0);
        assertEquals("Demo Community", community.getString("name"));
        assertEquals("trader", community.getString("role"));
        assertEquals(community.getString("id"), me.getString("activeCommunityId"));
    }

    @Test
    void answersWhoIAmWithTheSession() {
        WebClient browser = new WebClient(base);
        browser.signIn("admin", "demo");
        JsonObject me = WebClient.json(browser.get("/api/me"));
        assertEquals("admin", me.getString("username"));
        assertTrue(me.getBoolean("platformAdmin"));
    }

    @Test
    void unauthenticatedOrWrongCredentialsGet401Json() {
        HttpResponse<String> anonymous = new WebClient(base).get("/api/me");
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized", WebClient.json(anonymous).getString("error"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));

        HttpResponse<String> wrong = new WebClient(base).basic("trader2", "nope").get("/api/me");
        assertEquals(401, wrong.statusCode());
        assertEquals("Wrong username or password.", WebClient.json(wrong).getString("message"));
    }

    @Test
    void httpBasicCreatesNoSession() {
        WebClient client = new WebClient(base).basic("trader2", "demo");
        assertEquals(200, client.get("/api/me").statusCode());
        assertTrue(client.cookie("DTESESSION").isEmpty());
    }

    @Test
    void switchingTheActiveCommunityChangesTheRoleThatCounts() {
        String username = "multi-" + System.nanoTime();
        String ownCommunity = Fixtures.createTraderOwningAnotherCommunity(username, "Second Community " + username);
        WebClient client = new WebClient(base).basic(username, "demo");

        assertEquals(Fixtures.demoCommunityId(), WebClient.json(client.get("/api/me")).getString("activeCommunityId"));
        assertEquals(403, client.get("/api/community/overview").statusCode());

        HttpResponse<String> switched = client.sendJson("PUT", "/api/me/active-community", "{\"communityId\":\"" + ownCommunity + "\"}");
        assertEquals(200, switched.statusCode());
        assertEquals(ownCommunity, WebClient.json(switched).getString("activeCommunityId"));
        HttpResponse<String> overview = client.get("/api/community/overview");
        assertEquals(200, overview.statusCode());
        assertEquals(1, WebClient.json(overview).getInt("totalMembers"));
    }

    @Test
    void switchingToAnotherTenantsCommunityIsRefusedAndChangesNothing() {
        String otherCommunity = Fixtures.createCommunity("Someone Else's " + System.nanoTime(),
                Fixtures.createUser("outsider-" + System.nanoTime(), "ACTIVE", null), "OWNER");
        WebClient client = new WebClient(base).basic("trader", "demo");
        String before = WebClient.json(client.get("/api/me")).getString("activeCommunityId");

        HttpResponse<String> refused = client.sendJson("PUT", "/api/me/active-community", "{\"communityId\":\"" + otherCommunity + "\"}");

        assertEquals(404, refused.statusCode());
        assertEquals("not_found", WebClient.json(refused).getString("error"));
        assertEquals(before, WebClient.json(client.get("/api/me")).getString("activeCommunityId"));
        assertEquals(400, client.sendJson("PUT", "/api/me/active-community", "{}").statusCode());
    }

    @Test
    void aPasswordChangeFollowsThePolicyAndNeedsTheCurrentPassword() {
        String username = "changer-" + System.nanoTime();
        Fixtures.createUser(username, "ACTIVE", null);
        WebClient client = new WebClient(base).basic(username, "demo");

        HttpResponse<String> tooShort = client.sendJson("PUT", "/api/me/password", "{\"currentPassword\":\"demo\",\"newPassword\":\"short\"}");
        assertEquals(400, tooShort.statusCode());
        assertEquals("The password must have at least 10 characters.",
                WebClient.json(tooShort).getJsonArray("problems").getString(0));
        HttpResponse<String> wrongCurrent = client.sendJson("PUT", "/api/me/password",
                "{\"currentPassword\":\"guess\",\"newPassword\":\"a long new passphrase\"}");
        assertEquals(400, wrongCurrent.statusCode());
        assertEquals(200, client.get("/api/me").statusCode(), "nothing changed yet");

        assertEquals(204, client.sendJson("PUT", "/api/me/password",
                "{\"currentPassword\":\"demo\",\"newPassword\":\"a long new passphrase\"}").statusCode());
        assertEquals(401, new WebClient(base).basic(username, "demo").get("/api/me").statusCode());
        assertEquals(200, new WebClient(base).basic(username, "a long new passphrase").get("/api/me").statusCode());
        assertEquals(2, Fixtures.audits("auth.password_change", username), "one failure and one success audited");
    }

    /** Whoever had the old password may have used it: every other way in ends, the browser that changed it goes on. */
    @Test
    void changingThePasswordEndsEveryOtherSessionRememberedSignInTokenAndConnection() {
        String username = Fixtures.newTrader("rekeyed");
        WebClient here = new WebClient(base);
        here.signIn(username, "demo");
        WebClient elsewhere = new WebClient(base);
        elsewhere.signIn(username, "demo");
        String elsewhereRemembered = elsewhere.cookie("DTESIGNIN").orElseThrow();
        String token = WebClient.json(new WebClient(base).basic(username, "demo").sendJson("POST", "/api/me/tokens", "{\"name\":\"bot\"}"))
                .getString("token");
        try (SocketClient live = SocketClient.connect(base, elsewhere.cookie("DTESESSION").orElseThrow())) {
            live.awaitType("welcome");
            assertEquals(200, elsewhere.get("/api/me").statusCode());

            assertEquals(204, here.sendJson("PUT", "/api/me/password", "{\"currentPassword\":\"demo\",\"newPassword\":\"a long new passphrase\"}")
                    .statusCode());

            assertTrue(live.awaitClose().startsWith("1008 "), "the other browser's live connection closes");
        }
        ServerProcess.pause(1_100); // ACCESS_RECHECK_SECONDS=1 on the test server
        assertEquals(200, here.get("/api/me").statusCode(), "the browser that changed it stays signed in");
        assertEquals(401, elsewhere.get("/api/me").statusCode(), "the other session ends");
        WebClient comingBack = new WebClient(base);
        comingBack.useCookie("DTESIGNIN", elsewhereRemembered);
        assertEquals(401, comingBack.get("/api/me").statusCode(), "its remembered sign-in resumes nothing");
        assertEquals(401, new WebClient(base).bearer(token).get("/api/me").statusCode(), "API tokens are revoked");
        here.forgetSession();
        assertEquals(200, here.get("/api/me").statusCode(), "the changing browser's sign-in is remembered anew");
    }
}
