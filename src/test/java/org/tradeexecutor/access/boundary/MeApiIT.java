package org.tradeexecutor.access.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
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
}
