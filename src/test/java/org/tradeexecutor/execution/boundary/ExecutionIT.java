package org.tradeexecutor.execution.boundary;

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
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT X1–X5, T1, T3 through the API on the paper broker: a signal posted to a provider's webhook becomes exactly one
 * order per follower, sized, risk-checked and filled against the (still, in tests) simulated quotes.
 */
@ExtendWith(ArquillianExtension.class)
class ExecutionIT {

    @ArquillianResource
    URL base;

    private TradingCommunity community;
    private String tag;
    private String providerId;

    /** Each test: its own community, webhook provider and traders (so paper accounts start fresh). */
    @BeforeEach
    void community() {
        community = new TradingCommunity(base);
        tag = community.tag;
        providerId = community.providerId;
    }

    @Test
    void aSignalBecomesOneFilledPaperOrderPerAutoExecutingFollowerAndAConfirmationForTheOthers() {
        WebClient auto1 = community.trader("auto1", "ON");
        WebClient auto2 = community.trader("auto2", "ON");
        WebClient confirming = community.trader("confirm", "OFF");
        community.trader("bystander", null);
        WebClient leaver = community.trader("leaver", "ON");
        assertEquals(204, leaver.send("application/json", "DELETE", "/api/trader/subscriptions/" + providerId, null).statusCode());

        String signalId = community.signal("BUY MSFT SL 95");
        Map<String, JsonObject> byUser = community.awaitExecutions(signalId, 3, e -> !e.getString("state").equals("PLANNED") && !e.getString("state").equals("SUBMITTED"));

        assertEquals(Set.of("auto1-" + tag, "auto2-" + tag, "confirm-" + tag), byUser.keySet(), "followers only, the one who left not");
        assertEquals("FILLED", byUser.get("auto1-" + tag).getString("state"));
        assertEquals("FILLED", byUser.get("auto2-" + tag).getString("state"));
        assertEquals("AWAITING_CONFIRMATION", byUser.get("confirm-" + tag).getString("state"));
        JsonObject filled = byUser.get("auto1-" + tag);
        assertTrue(filled.getString("clientOrderId").startsWith("dte-") && filled.getString("clientOrderId").length() <= 48);
        assertEquals("entry", filled.getString("leg"));

        // Risk-based 1 % of 100,000 = 1,000 at (ask − 95) per share, capped by the 10 % max position.
        JsonArray positions = WebClient.jsonArray(auto1.get("/api/trader/positions"));
        assertEquals(1, positions.size(), positions.toString());
        JsonObject position = positions.getJsonObject(0);
        assertEquals("MSFT", position.getString("symbol"));
        assertEquals(filled.getJsonNumber("quantity").bigDecimalValue().compareTo(position.getJsonNumber("quantity").bigDecimalValue()), 0);
        JsonObject account = WebClient.json(auto1.get("/api/trader/account"));
        assertTrue(account.getJsonNumber("cash").bigDecimalValue().compareTo(new BigDecimal("100000")) < 0, account.toString());

        // Stored as Decimal128, not as a double.
        Document stored = TestStore.database().getCollection("executions").find(new Document("signalId", signalId).append("leg", "entry")).first();
        assertEquals(org.bson.types.Decimal128.class, stored.get("quantity").getClass());

        JsonArray waiting = WebClient.jsonArray(confirming.get("/api/trader/executions"));
        String executionId = waiting.getJsonObject(0).getString("id");
        HttpResponse<String> confirmed = confirming.send("application/json", "POST",
                "/api/trader/executions/" + URLEncoder.encode(executionId, StandardCharsets.UTF_8) + "/confirm", null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("FILLED", WebClient.json(confirmed).getString("state"));
        assertEquals(404, confirming.send("application/json", "POST",
                "/api/trader/executions/" + URLEncoder.encode(executionId, StandardCharsets.UTF_8) + "/confirm", null).statusCode(),
                "a confirmation is answered once");
    }

    @Test
    void theSameSignalDeliveredTwicePlansNothingTwice() {
        community.trader("once", "ON");
        String first = community.signal("BUY NVDA SL 100", "key-" + tag);
        community.awaitExecutions(first, 1, e -> e.getString("state").equals("FILLED"));
        String again = community.signal("BUY NVDA SL 100", "key-" + tag);
        assertEquals(first, again);
        assertEquals(1, TestStore.database().getCollection("executions").countDocuments(new Document("signalId", first).append("leg", "entry")));
        assertEquals(1, TestStore.database().getCollection("paper_orders").countDocuments(
                new Document("_id", TestStore.database().getCollection("executions").find(new Document("signalId", first).append("leg", "entry"))
                        .first().getString("clientOrderId"))));
    }

    @Test
    void anExitClosesTheFollowersPositionAndAFollowerWithoutOneIsNotAsked() {
        WebClient holder = community.trader("holder", "ON");
        String entry = community.signal("BUY AMD SL 90");
        community.awaitExecutions(entry, 1, e -> e.getString("state").equals("FILLED"));
        community.trader("latecomer", "ON");

        String exit = community.signal("closing AMD here");
        Map<String, JsonObject> exits = community.awaitExecutions(exit, 1, e -> e.getString("state").equals("FILLED"));
        assertEquals("exit", exits.get("holder-" + tag).getString("leg"));
        // The fill is stored before it is booked: the position closes a moment after the exit shows FILLED.
        long deadline = System.currentTimeMillis() + 10_000;
        while (!WebClient.jsonArray(holder.get("/api/trader/positions")).isEmpty() && System.currentTimeMillis() < deadline) {
            ServerProcess.pause(100);
        }
        assertEquals(0, WebClient.jsonArray(holder.get("/api/trader/positions")).size());

        // Its stop (with the default target, one OCO order) was cancelled before the exit sold: recorded so, and so at the broker.
        Document stop = TestStore.database().getCollection("executions")
                .find(new Document("signalId", entry).append("username", "holder-" + tag).append("leg", new Document("$regex", "^tp1@"))).first();
        assertEquals("CANCELLED", stop.getString("state"), stop.toJson());
        assertEquals("CANCELLED", TestStore.database().getCollection("paper_orders").find(new Document("_id", stop.getString("clientOrderId"))).first().getString("status"));
    }

    @Test
    void aRiskRejectionIsStoredWithItsReasonAndNothingIsSent() {
        WebClient careful = community.trader("careful", "ON");
        JsonObject profile = WebClient.json(careful.get("/api/trader/risk-profile")).getJsonObject("profile");
        String strict = profile.toString().replace("\"minAccountBalance\":100", "\"minAccountBalance\":1000000");
        assertEquals(200, careful.sendJson("PUT", "/api/trader/risk-profile", strict).statusCode());

        String signalId = community.signal("BUY INTC SL 18");
        JsonObject rejected = community.awaitExecutions(signalId, 1, e -> true).get("careful-" + tag);
        assertEquals("RISK_REJECTED", rejected.getString("state"));
        assertTrue(rejected.getString("reason").contains("below the minimum"), rejected.getString("reason"));
        assertEquals(0, TestStore.database().getCollection("paper_orders").countDocuments(new Document("_id", rejected.getString("clientOrderId"))));
    }

    /** The followers, their accounts and profiles are kept between signals (LookupCaches); a change reaches the very next one. */
    @Test
    void changesMadeBetweenTwoSignalsApplyToTheSecond() {
        WebClient changing = community.trader("changing", "ON");
        WebClient leaving = community.trader("leaving", "ON");
        String first = community.signal("BUY NVDA SL 100");
        community.awaitExecutions(first, 2, e -> e.getString("state").equals("FILLED"));

        JsonObject profile = WebClient.json(changing.get("/api/trader/risk-profile")).getJsonObject("profile");
        String strict = profile.toString().replace("\"minAccountBalance\":100", "\"minAccountBalance\":1000000");
        assertEquals(200, changing.sendJson("PUT", "/api/trader/risk-profile", strict).statusCode());
        assertEquals(204, leaving.send("application/json", "DELETE", "/api/trader/subscriptions/" + providerId, null).statusCode());
        community.trader("joining", "ON");

        String second = community.signal("BUY AMD SL 90");
        Map<String, JsonObject> byUser = community.awaitExecutions(second, 2, TradingCommunity::settled);
        assertEquals(Set.of("changing-" + tag, "joining-" + tag), byUser.keySet(), "the one who left is out, the one who joined is in");
        assertEquals("RISK_REJECTED", byUser.get("changing-" + tag).getString("state"), "the stricter profile applies at once");
        assertEquals("FILLED", byUser.get("joining-" + tag).getString("state"));
    }

    @Test
    void aRiskProfileOutOfRangeIsRefusedWithEveryProblemAndChangesNothing() {
        WebClient trader = community.trader("ranges", null);
        JsonObject profile = WebClient.json(trader.get("/api/trader/risk-profile")).getJsonObject("profile");
        String wrong = profile.toString().replace("\"maxPositionPercent\":10", "\"maxPositionPercent\":150")
                .replace("\"maxOpenPositions\":10", "\"maxOpenPositions\":0");
        HttpResponse<String> refused = trader.sendJson("PUT", "/api/trader/risk-profile", wrong);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonArray problems = WebClient.json(refused).getJsonArray("problems");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(10, WebClient.json(trader.get("/api/trader/risk-profile")).getJsonObject("profile").getInt("maxOpenPositions"));

        // Kelly sizing is a mode like the others now that providers keep records (sizing itself: TraderAnalyticsIT).
        HttpResponse<String> kelly = trader.sendJson("PUT", "/api/trader/risk-profile", profile.toString()
                .replaceFirst("\"sizingMode\":\"[A-Z_]+\"", "\"sizingMode\":\"KELLY\""));
        assertEquals(200, kelly.statusCode(), kelly.body());

        HttpResponse<String> preset = trader.send("application/json", "POST", "/api/trader/risk-profile/preset/conservative", null);
        assertEquals(200, preset.statusCode(), preset.body());
        assertEquals(5, WebClient.json(preset).getJsonObject("profile").getInt("maxOpenPositions"));
    }

    @Test
    void followingAProviderOfAnotherCommunityIsRefusedAndAudited() {
        WebClient trader = community.trader("wanderer", null);
        String demoProvider = TestStore.database().getCollection("providers").find(new Document("name", "Demo Signals")).first().getString("_id");
        HttpResponse<String> refused = trader.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + demoProvider + "\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(1, Fixtures.audits("subscription.follow", "wanderer-" + tag));
        assertEquals(0, TestStore.database().getCollection("subscriptions").countDocuments(new Document("providerId", demoProvider)
                .append("userId", Fixtures.user("wanderer-" + tag).getString("_id"))));
    }

    @Test
    void badSubscriptionSettingsAreRefused() {
        WebClient trader = community.trader("settings", null);
        HttpResponse<String> refused = trader.sendJson("POST", "/api/trader/subscriptions",
                "{\"providerId\":\"" + providerId + "\",\"settings\":{\"autoExecute\":\"ON\",\"copyMultiplier\":50}}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(WebClient.json(refused).getString("message").contains("copyMultiplier"));
    }

    @Test
    void anotherCommunitysSignalExecutionsAreNotFound() {
        community.trader("private", "ON");
        String signalId = community.signal("BUY ORCL SL 100");
        WebClient demoHost = new WebClient(base).basic("host", "demo");
        HttpResponse<String> response = demoHost.get("/api/signals/" + signalId + "/executions");
        assertEquals(404, response.statusCode(), response.body());
        WebClient trader = new WebClient(base).basic("trader", "demo");
        assertEquals(403, trader.get("/api/signals/" + signalId + "/executions").statusCode(), "hosts only");
    }
}
