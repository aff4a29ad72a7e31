package org.tradeexecutor.execution.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers given at once have one winner; a failed close can be tried again, never two at a time; a market stop on the wrong side is refused. */
@ExtendWith(ArquillianExtension.class)
class ExecutionRacesIT {

    @ArquillianResource
    URL base;

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static long paperOrders(String clientOrderId) {
        return TestStore.database().getCollection("paper_orders").countDocuments(new Document("_id", clientOrderId));
    }

    @Test
    void aConfirmAndADeclineGivenTogetherHaveOneWinner() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("torn", "OFF");
        for (String symbol : List.of("MSFT", "AAPL", "KO", "PEP")) {
            String signalId = community.signal("BUY " + symbol + " SL 1");
            community.awaitExecutions(signalId, 1, TradingCommunity::settled);
            JsonObject waiting = WebClient.jsonArray(trader.get("/api/trader/executions")).stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("signalId").equals(signalId)).findFirst().orElseThrow();
            String path = "/api/trader/executions/" + encode(waiting.getString("id"));
            CompletableFuture<HttpResponse<String>> confirm = CompletableFuture.supplyAsync(() -> trader.send("application/json", "POST", path + "/confirm", null));
            CompletableFuture<HttpResponse<String>> decline = CompletableFuture.supplyAsync(() -> trader.send("application/json", "POST", path + "/decline", null));
            confirm.join();
            decline.join();

            Document stored = TestStore.database().getCollection("executions").find(new Document("_id", waiting.getString("id"))).first();
            String state = stored.getString("state");
            assertTrue(List.of("FILLED", "DECLINED").contains(state), state);
            assertEquals(state.equals("DECLINED") ? 0 : 1, paperOrders(stored.getString("clientOrderId")), "sent only if the confirm won: " + state);
        }
    }

    @Test
    void aRefusedCloseCanBeTriedAgainAndClicksTogetherMakeOneOrder() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("closer", "ON");
        community.awaitExecutions(community.signal("BUY MSFT SL 1"), 1, TradingCommunity::settled);
        String positionId = WebClient.jsonArray(trader.get("/api/trader/positions")).getJsonObject(0).getString("id");
        String userId = Fixtures.user(community.username("closer")).getString("_id");
        String close = "/api/trader/positions/" + encode(positionId) + "/close";

        TestStore.database().getCollection("circuit_breakers").insertOne(new Document("_id", userId).append("state", "HALTED").append("reason", "test"));
        JsonObject refused = WebClient.json(trader.send("application/json", "POST", close, null));
        assertEquals("RISK_REJECTED", refused.getString("state"), refused.toString());
        JsonObject refusedAgain = WebClient.json(trader.send("application/json", "POST", close, null));
        assertTrue(refusedAgain.getString("id").endsWith("#2|" + userId + "|exit"), "a new attempt: " + refusedAgain);

        assertEquals(204, new WebClient(base).basic("admin", "demo").send("application/json", "POST", "/api/admin/circuit-breakers/" + userId + "/reset", null)
                .statusCode());
        List<HttpResponse<String>> answers = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> trader.send("application/json", "POST", close, null))).toList().stream()
                .map(CompletableFuture::join).toList();
        // The paper broker fills at once: a click that comes after the fill finds no open position left (404), never a second order.
        assertTrue(answers.stream().allMatch(r -> r.statusCode() == 202 || r.statusCode() == 404 && r.body().contains("not_found")),
                answers.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString());
        List<JsonObject> clicks = answers.stream().filter(r -> r.statusCode() == 202).map(WebClient::json).toList();
        assertTrue(!clicks.isEmpty(), "the first click is answered with the order");
        assertTrue(clicks.stream().allMatch(order -> order.getString("id").contains("#3|")), clicks.toString());
        assertEquals(1, TestStore.database().getCollection("paper_orders").countDocuments(new Document("_id", clicks.get(0).getString("clientOrderId"))));
        assertEquals(3, TestStore.database().getCollection("executions").countDocuments(new Document("userId", userId).append("leg", "exit")),
                "two refused attempts and one that went out");
        awaitNoPosition(trader);
    }

    @Test
    void aMarketSignalWhoseStopIsAboveTheMarketIsRefusedWithTheReason() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("careful", "ON");
        JsonObject refused = community.awaitExecutions(community.signal("BUY MSFT SL 99999"), 1, TradingCommunity::settled)
                .get(community.username("careful"));
        assertEquals("RISK_REJECTED", refused.getString("state"));
        assertTrue(refused.getString("reason").contains("wrong side of the market price"), refused.toString());
        assertEquals(0, paperOrders(refused.getString("clientOrderId")));
    }

    @Test
    void signalsThatTripTheBreakerTogetherTripItOnce() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("tripping", "ON");
        String userId = Fixtures.user(community.username("tripping")).getString("_id");
        trader.get("/api/trader/account"); // opens the paper account
        // The day started at twice the equity: any entry finds the intraday loss over the breaker's limit.
        TestStore.database().getCollection("paper_accounts").updateOne(new Document("_id", "paper:" + userId),
                new Document("$set", new Document("day", LocalDate.now(ZoneOffset.UTC).toString()).append("dayStartEquity", new Decimal128(new BigDecimal("200000")))));

        List<String> signals = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.supplyAsync(() -> community.signal("BUY " + List.of("MSFT", "AAPL", "KO").get(i) + " SL 1")))
                .toList().stream().map(CompletableFuture::join).toList();
        signals.forEach(signalId -> assertEquals("RISK_REJECTED", community.awaitExecutions(signalId, 1, TradingCommunity::settled)
                .get(community.username("tripping")).getString("state")));

        assertEquals(1, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "risk.circuit_breaker_tripped")
                .append("resource", "user " + userId)), "tripped once");
        assertTrue(List.of("REDUCING", "HALTED").contains(TestStore.database().getCollection("circuit_breakers").find(new Document("_id", userId)).first()
                .getString("state")));
    }

    private static void awaitNoPosition(WebClient trader) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!WebClient.jsonArray(trader.get("/api/trader/positions")).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The position was not closed");
            }
            ServerProcess.pause(100);
        }
    }
}
