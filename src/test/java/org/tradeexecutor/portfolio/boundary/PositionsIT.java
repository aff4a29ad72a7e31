package org.tradeexecutor.portfolio.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Eventually;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT X7 and X8 on the paper broker with still quotes (SPY at 590, TSLA at 240): protective orders after the entry,
 * the first target filling and moving the stop to break-even, a provider moving the stop, closing by hand, the trade
 * and the daily rollups.
 */
@ExtendWith(ArquillianExtension.class)
class PositionsIT {

    @ArquillianResource
    URL base;

    private TradingCommunity community;

    @BeforeEach
    void community() {
        community = new TradingCommunity(base);
    }

    @Test
    void anEntryGetsItsStopAndTargetsAndTheFirstTargetMovesTheStopToBreakEven() {
        WebClient trader = community.trader("protected", null);
        HttpResponse<String> followed = trader.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId
                + "\",\"settings\":{\"autoExecute\":\"ON\",\"copyMultiplier\":1,\"moveStopToBreakEven\":true,\"notifyOnSignal\":true,\"notifyOnExecution\":true}}");
        assertEquals(201, followed.statusCode(), followed.body());

        // Quotes stand still at SPY 590: TP1's OCO (target 580) fills as soon as it is placed. The first target moves the
        // stop of TP2's OCO to the entry (above the bid after spread and slippage), which then fires and ends the trade.
        String signalId = community.signal("BUY SPY SL 500 TP 580 TP 650");
        Map<String, JsonObject> legs = awaitLegs(trader, signalId, m -> m.keySet().stream().anyMatch(k -> k.startsWith("tp2@"))
                && "FILLED".equals(leg(m, "tp2@").getString("state")));
        JsonObject entry = legs.get("entry");
        assertEquals("FILLED", entry.getString("state"));
        BigDecimal bought = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        JsonObject first = leg(legs, "tp1@");
        JsonObject second = leg(legs, "tp2@");
        assertEquals("tp1@" + bought.toPlainString(), first.getString("leg"), "keyed by what the entry had filled");
        assertEquals("OCO", first.getString("kind"));
        assertEquals("FILLED", first.getString("state"));
        assertEquals(0, new BigDecimal(bought.intValue() / 2).compareTo(first.getJsonNumber("quantity").bigDecimalValue()),
                "two targets split the quantity");
        assertEquals(0, bought.compareTo(first.getJsonNumber("quantity").bigDecimalValue().add(second.getJsonNumber("quantity").bigDecimalValue())),
                "the protective orders hold exactly what was bought, never more");
        assertEquals(0, new BigDecimal("650").compareTo(second.getJsonNumber("limitPrice").bigDecimalValue()));
        assertEquals(0, entry.getJsonNumber("averageFillPrice").bigDecimalValue().compareTo(second.getJsonNumber("stopPrice").bigDecimalValue()),
                "the second target's stop moved to the entry price after the first target");
        assertTrue(second.getJsonNumber("averageFillPrice").bigDecimalValue().compareTo(new BigDecimal("650")) < 0, "it filled through its stop");
        assertEquals(3, legs.size(), "no further protective order: " + legs.keySet());
        // The stop's fill is stored first, its booking (the position closed, the trade) a moment after.
        Eventually.until(() -> WebClient.jsonArray(trader.get("/api/trader/positions")).isEmpty(), "the position closed by the second target's stop");

        JsonArray trades = WebClient.jsonArray(trader.get("/api/trader/trades"));
        assertEquals(1, trades.size(), trades.toString());
        JsonObject trade = trades.getJsonObject(0);
        assertEquals("LONG", trade.getString("direction"));
        assertEquals(0, bought.compareTo(trade.getJsonNumber("quantity").bigDecimalValue()));
        assertTrue(trade.getJsonNumber("pnl").bigDecimalValue().signum() < 0, trade.toString());
        assertEquals(community.providerId, trade.getString("providerId"));
    }

    @Test
    void closingByHandSendsOneOrderCancelsTheProtectionAndCountsTheTrade() {
        WebClient trader = community.trader("closer", "ON");
        String signalId = community.signal("BUY TSLA SL 200 TP 300");
        awaitLegs(trader, signalId, m -> leg(m, "tp1@") != null && "ACCEPTED".equals(leg(m, "tp1@").getString("state")));

        JsonArray positions = WebClient.jsonArray(trader.get("/api/trader/positions"));
        assertEquals(1, positions.size(), positions.toString());
        JsonObject position = positions.getJsonObject(0);
        assertEquals(community.providerId, position.getString("providerId"));
        String close = "/api/trader/positions/" + URLEncoder.encode(position.getString("id"), StandardCharsets.UTF_8) + "/close";
        HttpResponse<String> closing = trader.send("application/json", "POST", close, null);
        assertEquals(202, closing.statusCode(), closing.body());
        HttpResponse<String> again = trader.send("application/json", "POST", close, null);
        assertTrue(again.statusCode() == 404 || WebClient.json(again).getString("id").equals(WebClient.json(closing).getString("id")),
                "a second click sends nothing more: " + again.body());

        Map<String, JsonObject> after = awaitLegs(trader, signalId, m -> "CANCELLED".equals(leg(m, "tp1@").getString("state")));
        assertEquals("CANCELLED", leg(after, "tp1@").getString("state"), "closing the position cancels its protective order first");
        assertEquals(0, WebClient.jsonArray(trader.get("/api/trader/positions")).size());
        JsonArray trades = WebClient.jsonArray(trader.get("/api/trader/trades"));
        assertEquals(1, trades.size(), trades.toString());
        assertEquals("TSLA", trades.getJsonObject(0).getString("symbol"));

        String userId = Fixtures.user(community.username("closer")).getString("_id");
        Document rollup = TestStore.database().getCollection("daily_rollups")
                .find(new Document("_id", "user|" + userId + "|" + LocalDate.now(ZoneOffset.UTC))).first();
        assertEquals(1, rollup.getInteger("trades"));
        assertEquals(1, TestStore.database().getCollection("daily_rollups")
                .countDocuments(new Document("_id", "provider|" + community.providerId + "|" + LocalDate.now(ZoneOffset.UTC))));
    }

    @Test
    void theProviderMovingTheStopReplacesTheFollowersStop() {
        WebClient trader = community.trader("mover", "ON");
        String entry = community.signal("BUY TSLA SL 200");
        JsonObject protection = leg(awaitLegs(trader, entry, m -> leg(m, "tp1@") != null && "ACCEPTED".equals(leg(m, "tp1@").getString("state"))), "tp1@");
        assertEquals(0, new BigDecimal("200").compareTo(protection.getJsonNumber("stopPrice").bigDecimalValue()));

        community.signal("move stop to 230 on TSLA");
        JsonObject moved = leg(awaitLegs(trader, entry, m -> new BigDecimal("230").compareTo(leg(m, "tp1@").getJsonNumber("stopPrice").bigDecimalValue()) == 0),
                "tp1@");
        assertEquals("ACCEPTED", moved.getString("state"), "the same order, its stop moved: the quantity is held once");
        assertEquals(protection.getString("id"), moved.getString("id"));
        assertEquals(0, new BigDecimal("230").compareTo(TestStore.database().getCollection("paper_orders")
                .find(new Document("_id", moved.getString("clientOrderId"))).first().get("stopPrice", org.bson.types.Decimal128.class).bigDecimalValue()),
                "moved at the broker too");
    }

    @Test
    void aTrippedCircuitBreakerClosesEveryPositionHaltsWhenFlatAndAnAdminResetsIt() {
        WebClient trader = community.trader("breaker", "ON");
        String entry = community.signal("BUY AMD SL 50");
        awaitLegs(trader, entry, m -> "FILLED".equals(m.get("entry").getString("state")));
        // Arrange a 50 % intraday loss: the day started with twice today's equity.
        String userId = Fixtures.user(community.username("breaker")).getString("_id");
        TestStore.database().getCollection("paper_accounts").updateOne(new Document("userId", userId),
                new Document("$set", new Document("dayStartEquity", new org.bson.types.Decimal128(new BigDecimal("200000")))));

        String next = community.signal("BUY INTC SL 10");
        JsonObject refused = awaitLegs(trader, next, m -> m.containsKey("entry")).get("entry");
        assertEquals("RISK_REJECTED", refused.getString("state"));
        assertTrue(refused.getString("reason").contains("Circuit breaker"), refused.getString("reason"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!WebClient.jsonArray(trader.get("/api/trader/positions")).isEmpty() && System.currentTimeMillis() < deadline) {
            ServerProcess.pause(100);
        }
        assertEquals(0, WebClient.jsonArray(trader.get("/api/trader/positions")).size(), "every position was closed");
        assertTrue(WebClient.jsonArray(trader.get("/api/trader/executions")).stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("leg").equals("exit") && e.getString("state").equals("FILLED")
                        && e.getString("reason").startsWith("Closed by the circuit breaker")), "closed by the breaker");
        assertEquals("HALTED", WebClient.json(trader.get("/api/trader/risk-profile")).getString("breaker"), "flat: halted");
        JsonArray seenByHost = WebClient.jsonArray(community.host.get("/api/community/circuit-breakers"));
        assertEquals(1, seenByHost.size(), seenByHost.toString());
        assertEquals("HALTED", seenByHost.getJsonObject(0).getString("state"));
        assertEquals(community.username("breaker"), seenByHost.getJsonObject(0).getString("username"));
        WebClient hostInBrowser = new WebClient(base);
        hostInBrowser.signIn("exec-host-" + community.tag, "demo");
        String overview = hostInBrowser.get("/dashboard/community").body();
        assertTrue(overview.contains(community.username("breaker")) && overview.contains("halted"), "on the host's overview: " + overview);
        assertEquals(403, trader.get("/api/community/circuit-breakers").statusCode(), "traders do not see others' breakers");
        String metrics = new WebClient(base).get("/metrics?scope=application", "text/plain").body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("risk_circuit_breakers{") && l.contains("state=\"halted\"") && !l.endsWith(" 0.0")),
                "the halted breaker counted in /metrics");
        assertEquals(1, TestStore.database().getCollection("security_audits")
                .countDocuments(new Document("action", "risk.circuit_breaker_tripped").append("resource", "user " + userId)));

        WebClient admin = new WebClient(base).basic("admin", "demo");
        assertEquals(403, trader.send("application/json", "POST", "/api/admin/circuit-breakers/" + userId + "/reset", null).statusCode());
        assertEquals(204, admin.send("application/json", "POST", "/api/admin/circuit-breakers/" + userId + "/reset", null).statusCode());
        assertEquals("ACTIVE", WebClient.json(trader.get("/api/trader/risk-profile")).getString("breaker"));
        assertEquals(1, Fixtures.audits("risk.circuit_breaker_reset", "admin"));
    }

    /** The protective order whose leg starts so ("tp1@"), or null. */
    private static JsonObject leg(Map<String, JsonObject> legs, String prefix) {
        return legs.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The trader's executions of one signal by leg, once {@code done} holds. */
    private static Map<String, JsonObject> awaitLegs(WebClient trader, String signalId, Predicate<Map<String, JsonObject>> done) {
        long deadline = System.currentTimeMillis() + 20_000;
        Map<String, JsonObject> legs = Map.of();
        while (System.currentTimeMillis() < deadline) {
            legs = WebClient.jsonArray(trader.get("/api/trader/executions?size=200")).stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("signalId").equals(signalId))
                    .collect(Collectors.toMap(e -> e.getString("leg"), e -> e));
            if (!legs.isEmpty() && test(done, legs)) {
                return legs;
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("Signal " + signalId + " did not get there: " + legs);
    }

    /** A leg looked for may not be there yet. */
    private static boolean test(Predicate<Map<String, JsonObject>> done, Map<String, JsonObject> legs) {
        try {
            return done.test(legs);
        } catch (NullPointerException notYet) {
            return false;
        }
    }
}
