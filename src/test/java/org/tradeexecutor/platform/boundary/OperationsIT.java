package org.tradeexecutor.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT O1–O3: health, metrics, indexes. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @ArquillianResource
    URL base;

    @Test
    void liveReadyAndStartedAreUp() {
        WebClient client = new WebClient(base);
        for (String path : new String[]{"/health/live", "/health/ready", "/health/started"}) {
            HttpResponse<String> response = client.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("UP", WebClient.json(response).getString("status"), path);
        }
        assertTrue(client.get("/health/ready").body().contains("\"name\":\"database\""));
        JsonObject ready = WebClient.json(client.get("/health/ready"));
        JsonObject quotes = check(ready, "quotes").getJsonObject("data");
        assertEquals("simulated", quotes.getString("feed"));
        assertEquals("up", quotes.getString("state"));
        JsonObject brokers = check(ready, "brokers");
        assertEquals("UP", brokers.getString("status"), "an open breaker would make it degraded, never down");
        assertTrue(List.of("closed", "open").contains(brokers.getJsonObject("data").getString("alpaca")), brokers.toString());
        JsonObject duties = check(WebClient.json(client.get("/health/live")), "duties");
        assertTrue(duties.getJsonObject("data").get("leading").toString().contains("true"), "a single instance does the once-only duties: " + duties);
    }

    @Test
    void readinessGoesDownWithTheDatabaseAndComesBack() {
        WebClient client = new WebClient(base);
        TestStore.stop();
        try {
            HttpResponse<String> down = client.get("/health/ready");
            assertEquals(503, down.statusCode());
            JsonObject database = check(WebClient.json(down), "database");
            assertEquals("DOWN", database.getString("status"));
            assertEquals(200, client.get("/health/live").statusCode());
        } finally {
            TestStore.start();
        }
        assertEquals(200, client.get("/health/ready").statusCode());
        assertEquals(200, new WebClient(base).basic("trader", "demo").get("/api/me").statusCode());
    }

    @Test
    void applicationMetricsCarryStableNames() {
        WebClient browser = new WebClient(base);
        browser.signIn("trader", "demo");
        browser.get("/dashboard");
        String metrics = new WebClient(base).get("/metrics?scope=application", "text/plain").body();
        assertTrue(metrics.contains("logins_total{"), metrics);
        assertTrue(metrics.contains("outcome=\"success\""), metrics);
        assertTrue(metrics.contains("route_decisions_seconds_count{"), metrics);
        assertTrue(metrics.contains("sessions_active"), metrics);
    }

    @Test
    void indexesExistAfterStartUp() {
        Set<String> userIndexes = names("users");
        assertTrue(userIndexes.contains("username"), userIndexes.toString());
        assertTrue(names("memberships").contains("community_user"));
        assertTrue(names("security_audits").contains("timestamp_ttl"));
        // A TTL index only ever expires BSON dates: the audit time must be stored as one.
        new WebClient(base).signIn("viewer", "wrong password");
        Object timestamp = TestStore.database().getCollection("security_audits").find().first().get("timestamp");
        assertTrue(timestamp instanceof java.util.Date, "timestamp stored as " + timestamp.getClass());
    }

    private static Set<String> names(String collection) {
        return TestStore.database().getCollection(collection).listIndexes().into(new java.util.ArrayList<>())
                .stream().map(d -> d.getString("name")).collect(Collectors.toSet());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name"))).findFirst().orElseThrow();
    }
}
