package org.tradeexecutor.rollout.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.rollout.control.RolloutBucket;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT F1–F4: the admin view of the rollout, runtime changes, and the legacy dashboard for users left out. */
@ExtendWith(ArquillianExtension.class)
class FeatureFlagIT {

    @ArquillianResource
    URL base;

    private WebClient admin() {
        return new WebClient(base).basic("admin", "demo");
    }

    @AfterEach
    void backToConfiguration() {
        admin().sendJson("DELETE", "/api/admin/feature-flags/dual-dashboard", null);
    }

    @Test
    void adminsSeeTheFlagWithUserCounts() {
        HttpResponse<String> response = admin().get("/api/admin/feature-flags");

        assertEquals(200, response.statusCode());
        JsonObject flag = WebClient.json(response).getJsonObject("dualDashboard");
        assertTrue(flag.getBoolean("enabled"));
        assertEquals(100, flag.getInt("rolloutPercentage"));
        assertEquals("consistent-hash", flag.getString("strategy"));
        assertFalse(flag.getString("lastUpdated").isEmpty());
        long users = TestStore.database().getCollection("users").countDocuments();
        assertEquals(users, flag.getJsonNumber("usersIn").longValue() + flag.getJsonNumber("usersOut").longValue());
        assertEquals(0, flag.getJsonNumber("usersOut").longValue());
    }

    @Test
    void theBucketOfAnyIdMatchesTheHash() {
        JsonObject answer = WebClient.json(admin().get("/api/admin/feature-flags/dual-dashboard?userId=507f191e810c19729de860ea"));
        assertEquals("507f191e810c19729de860ea", answer.getString("userId"));
        assertEquals(81, answer.getInt("bucket"));
        assertTrue(answer.getBoolean("enabled"));
        assertEquals(400, admin().get("/api/admin/feature-flags/dual-dashboard").statusCode());
    }

    @Test
    void nobodyButAPlatformAdminMaySeeOrChangeIt() {
        for (String user : new String[]{"host", "trader"}) {
            WebClient client = new WebClient(base).basic(user, "demo");
            assertEquals(403, client.get("/api/admin/feature-flags").statusCode(), user);
            assertEquals(403, client.get("/api/admin/feature-flags/dual-dashboard?userId=x").statusCode(), user);
            assertEquals(403, client.sendJson("PUT", "/api/admin/feature-flags/dual-dashboard",
                    "{\"enabled\":false,\"rolloutPercentage\":0}").statusCode(), user);
        }
        assertEquals(401, new WebClient(base).get("/api/admin/feature-flags").statusCode());
    }

    @Test
    void aRuntimeChangeTakesEffectAtOnceAndIsAudited() {
        String traderId = Fixtures.user("trader").getString("_id");
        int percentage = RolloutBucket.of(traderId); // the trader's bucket is not below it: the trader is out
        long before = Fixtures.audits("rollout.flag_change", "admin");

        HttpResponse<String> changed = admin().sendJson("PUT", "/api/admin/feature-flags/dual-dashboard",
                "{\"enabled\":true,\"rolloutPercentage\":" + percentage + "}");

        assertEquals(200, changed.statusCode());
        JsonObject flag = WebClient.json(changed).getJsonObject("dualDashboard");
        assertEquals(percentage, flag.getInt("rolloutPercentage"));
        assertEquals("override", flag.getString("source"));
        assertEquals(before + 1, Fixtures.audits("rollout.flag_change", "admin"));

        WebClient trader = new WebClient(base);
        trader.signIn("trader", "demo");
        assertFalse(WebClient.json(trader.get("/api/me")).getBoolean("dualDashboard"));
        assertEquals("/dashboard/legacy?x=1", WebClient.location(trader.get("/dashboard?x=1")));
        assertEquals("/dashboard/legacy", WebClient.location(trader.get("/dashboard/trader")));
        HttpResponse<String> legacy = trader.get("/dashboard/legacy");
        assertEquals(200, legacy.statusCode());
        assertTrue(legacy.body().contains("Your dashboard") && legacy.body().contains("Tara Trader"), legacy.body());
    }

    @Test
    void switchingTheFlagOffSendsEveryoneToTheLegacyDashboard() {
        admin().sendJson("PUT", "/api/admin/feature-flags/dual-dashboard", "{\"enabled\":false,\"rolloutPercentage\":100}");

        JsonObject flag = WebClient.json(admin().get("/api/admin/feature-flags")).getJsonObject("dualDashboard");
        assertEquals(0, flag.getJsonNumber("usersIn").longValue());
        WebClient host = new WebClient(base);
        host.signIn("host", "demo");
        assertEquals("/dashboard/legacy", WebClient.location(host.get("/dashboard/community")));
    }

    @Test
    void badChangesAreRefusedAndChangeNothing() {
        for (String body : new String[]{"{\"enabled\":true,\"rolloutPercentage\":101}", "{\"enabled\":true}", "{\"rolloutPercentage\":5}"}) {
            HttpResponse<String> response = admin().sendJson("PUT", "/api/admin/feature-flags/dual-dashboard", body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("invalid_request", WebClient.json(response).getString("error"));
        }
        assertEquals("config", WebClient.json(admin().get("/api/admin/feature-flags")).getJsonObject("dualDashboard").getString("source"));
    }
}
