package org.tradeexecutor.realtime.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.StalledSocket;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT R1–R3, R5 over a real WebSocket client: who may connect, what each user receives, and the error codes. */
@ExtendWith(ArquillianExtension.class)
class RealtimeIT {

    @ArquillianResource
    URL base;

    @Test
    void withoutASignedInSessionTheConnectionIsClosedAsAPolicyViolationAndSigningOutClosesIt() {
        try (SocketClient anonymous = SocketClient.connect(base, null)) {
            String close = anonymous.awaitClose();
            assertTrue(close.startsWith("1008 ") && close.contains("Sign in"), close);
        }
        WebClient web = new WebClient(base);
        web.signIn("trader", "demo");
        String cookie = web.cookie("DTESESSION").orElseThrow();
        try (SocketClient open = SocketClient.connect(base, cookie)) {
            open.awaitType("welcome");
            web.signOutFrom(web.get("/dashboard/trader").body());
            String close = open.awaitClose();
            assertTrue(close.startsWith("1008 "), "signing out closes the live connection: " + close);
        }
        try (SocketClient expired = SocketClient.connect(base, cookie)) {
            assertTrue(expired.awaitClose().startsWith("1008 "), "a signed-out session's cookie opens nothing");
        }
    }

    @Test
    void aScriptConnectsWithAnApiTokenAndRevokingTheTokenClosesTheConnection() {
        String username = Fixtures.newTrader("ws-bot");
        WebClient owner = new WebClient(base).basic(username, "demo");
        JsonObject issued = WebClient.json(owner.sendJson("POST", "/api/me/tokens", "{\"name\":\"ws bot\"}"));
        try (SocketClient bot = SocketClient.withToken(base, issued.getString("token"))) {
            assertEquals(username, bot.awaitType("welcome").getJsonObject("data").getString("username"));
            bot.subscribe("trades");
            assertEquals(204, owner.send("application/json", "DELETE", "/api/me/tokens/" + issued.getString("id"), null).statusCode());
            String close = bot.awaitClose();
            assertTrue(close.startsWith("1008 "), "revoking the token closes its connection: " + close);
        }
        CompletionException refused = assertThrows(CompletionException.class, () -> SocketClient.withToken(base, issued.getString("token")));
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException handshake && handshake.getResponse().statusCode() == 401,
                "a revoked token's handshake is refused: " + refused.getCause());
    }

    @Test
    void eachTraderHearsOnlyOwnTradesAndTheHostHearsTheCommunity() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("ws-a", "ON");
        WebClient traderB = community.trader("ws-b", "ON");
        assertEquals(200, traderB.sendJson("PUT", "/api/trader/subscriptions/" + community.providerId,
                "{\"autoExecute\":\"ON\",\"copyMultiplier\":1,\"notifyOnSignal\":true,\"notifyOnExecution\":false}").statusCode());
        String userA = Fixtures.user(community.username("ws-a")).getString("_id");
        String userB = Fixtures.user(community.username("ws-b")).getString("_id");
        try (SocketClient a = SocketClient.signedIn(base, community.username("ws-a"));
             SocketClient b = SocketClient.signedIn(base, community.username("ws-b"));
             SocketClient host = SocketClient.signedIn(base, "exec-host-" + community.tag)) {
            assertEquals(community.username("ws-a"), a.awaitType("welcome").getJsonObject("data").getString("username"));
            a.subscribe("trades");
            a.subscribe("portfolio");
            assertEquals(0, data(a.awaitType("portfolio.updated")).getJsonArray("positions").size(), "a subscriber gets the current state at once");
            a.subscribe("notifications");
            b.subscribe("trades");
            b.subscribe("notifications");
            host.subscribe("community");
            a.send("{\"type\":\"subscribe\",\"topic\":\"community\"}");
            assertEquals("forbidden_topic", a.await(m -> isError(m, "forbidden_topic")).getJsonObject("data").getString("code"),
                    "a trader cannot listen to the community");

            String signalId = community.signal("BUY AMD SL 50");

            JsonObject filledForA = a.await(m -> "trade.filled".equals(m.getString("type")) && signalId.equals(data(m).getString("signalId")));
            assertEquals(userA, data(filledForA).getString("userId"));
            assertTrue(filledForA.containsKey("ts"));
            a.await(m -> "position.opened".equals(m.getString("type")));
            a.await(m -> "portfolio.updated".equals(m.getString("type"))
                    && data(m).getJsonArray("positions").stream().anyMatch(p -> p.asJsonObject().getString("symbol").equals("AMD")));
            b.await(m -> "trade.filled".equals(m.getString("type")) && userB.equals(data(m).getString("userId")));
            assertTrue(data(a.awaitType("notification")).getString("summary").startsWith("Filled: buy"), "A wants execution notices");
            host.await(m -> "signal.received".equals(m.getString("type")) && signalId.equals(data(m).getString("signalId")));
            host.await(m -> "trade.filled".equals(m.getString("type")) && userA.equals(data(m).getString("userId")));
            host.await(m -> "trade.filled".equals(m.getString("type")) && userB.equals(data(m).getString("userId")));

            assertTrue(a.received().stream().filter(m -> m.get("data") instanceof JsonObject).map(RealtimeIT::data)
                    .noneMatch(d -> userB.equals(d.getString("userId", null))), "A never receives B's events");
            assertTrue(b.received().stream().filter(m -> m.get("data") instanceof JsonObject).map(RealtimeIT::data)
                    .noneMatch(d -> userA.equals(d.getString("userId", null))), "B never receives A's events");
            assertTrue(b.received().stream().noneMatch(m -> "notification".equals(m.getString("type"))), "B turned execution notices off");
        }
    }

    /** Hosts see what happened to a member's order, not the member's money: the trader's reason names amounts, the hosts' the rule. */
    @Test
    void theHostsFeedSaysWhichRuleRefusedAnOrderButNotTheTradersMoney() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient poor = community.trader("poor", "ON");
        TradingCommunity.setRiskLimit(poor, "minAccountBalance", 200_000);
        String userId = Fixtures.user(community.username("poor")).getString("_id");
        try (SocketClient trader = SocketClient.signedIn(base, community.username("poor"));
             SocketClient host = SocketClient.signedIn(base, "exec-host-" + community.tag)) {
            trader.awaitType("welcome");
            host.awaitType("welcome");
            trader.subscribe("trades");
            host.subscribe("community");
            community.signal("BUY AMD SL 50");

            JsonObject own = data(trader.await(m -> "trade.rejected".equals(m.getString("type"))));
            assertTrue(own.getString("reason").contains("$"), "the trader sees the amounts: " + own);
            JsonObject seenByHost = data(host.await(m -> "trade.rejected".equals(m.getString("type")) && userId.equals(data(m).getString("userId"))));
            assertEquals("min_balance", seenByHost.getString("riskRule"));
            assertEquals("The account is below the trader's minimum balance.", seenByHost.getString("reason"));
            assertTrue(!seenByHost.toString().contains("$") && !seenByHost.containsKey("quantity") && !seenByHost.containsKey("averageFillPrice"),
                    "no money on the hosts' feed: " + seenByHost);
        }
    }

    @Test
    void badMessagesAreAnsweredWithAnErrorCodeAndPingWithPong() {
        try (SocketClient client = SocketClient.signedIn(base, "trader2")) {
            client.awaitType("welcome");
            client.send("this is not json");
            client.await(m -> isError(m, "bad_json"));
            client.send("{\"type\":\"dance\"}");
            client.await(m -> isError(m, "unknown_type"));
            client.send("{\"type\":\"subscribe\",\"topic\":\"weather\"}");
            client.await(m -> isError(m, "unknown_topic"));
            String tooMany = IntStream.range(0, 51).mapToObj(i -> "\"S" + i + "\"").collect(Collectors.joining(",", "[", "]"));
            client.send("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":" + tooMany + "}");
            client.await(m -> isError(m, "bad_symbols"));
            client.send("{\"type\":\"ping\"}");
            client.awaitType("pong");
            client.send("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":[\"AAPL\"]}");
            client.await(m -> "quote".equals(m.getString("type")) && "AAPL".equals(data(m).getString("symbol")));
        }
    }

    @Test
    void aUserMayHoldFiveConnectionsAndTheSixthIsRefused() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("many", null);
        List<SocketClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(SocketClient.signedIn(base, community.username("many")));
                open.get(i).awaitType("welcome");
            }
            try (SocketClient sixth = SocketClient.signedIn(base, community.username("many"))) {
                String close = sixth.awaitClose();
                assertTrue(close.startsWith("1008 ") && close.contains("Too many connections"), close);
            }
        } finally {
            open.forEach(SocketClient::close);
        }
    }

    @Test
    void portfolioUpdatesAreCoalescedToAtMostFourASecondAndTheLatestStateWins() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("burst", "ON");
        try (SocketClient client = SocketClient.signedIn(base, community.username("burst"))) {
            client.subscribe("portfolio");
            client.subscribe("trades");
            List<String> symbols = List.of("AMD", "INTC", "NVDA", "MU");
            List<Thread> posting = symbols.stream().map(symbol -> new Thread(() -> community.signal("BUY " + symbol + " SL 1"))).toList();
            posting.forEach(Thread::start);
            for (Thread thread : posting) {
                thread.join();
            }
            client.await(m -> "portfolio.updated".equals(m.getString("type")) && data(m).getJsonArray("positions").size() == symbols.size());

            List<Instant> updates = client.received().stream().filter(m -> "portfolio.updated".equals(m.getString("type")))
                    .map(m -> Instant.parse(m.getString("ts"))).toList();
            client.await(m -> client.received().stream().filter(r -> "trade.filled".equals(r.getString("type"))).count() >= symbols.size());
            for (int i = 1; i < updates.size(); i++) {
                long apart = Duration.between(updates.get(i - 1), updates.get(i)).toMillis();
                assertTrue(apart >= 200, "updates " + apart + " ms apart: " + updates);
            }
        }
    }

    @Test
    void aClientThatStopsReadingIsClosedAndCountedWhileAFastOneKeepsReceiving() throws Exception {
        WebClient web = new WebClient(base);
        web.signIn("trader2", "demo");
        String cookie = web.cookie("DTESESSION").orElseThrow();
        String fifty = IntStream.range(0, 50).mapToObj(i -> "\"SLOW" + i + "\"").collect(Collectors.joining(",", "[", "]"));
        double closedBefore = metric("realtime_slow_client_closes_total");
        try (SocketClient fast = SocketClient.signedIn(base, "trader2"); StalledSocket slow = StalledSocket.open(base, cookie)) {
            fast.send("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":[\"AAPL\"]}");
            slow.send("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":" + fifty + "}");

            long deadline = System.currentTimeMillis() + 60_000;
            while (metric("realtime_slow_client_closes_total") <= closedBefore && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertTrue(metric("realtime_slow_client_closes_total") > closedBefore, "the stalled client was closed as too slow");
            long quotesSoFar = quotes(fast);
            fast.await(m -> quotes(fast) > quotesSoFar + 2);
        }
        assertTrue(metric("realtime_delivery_seconds_count") > 0, "the delivery latency is measured");
    }

    private static long quotes(SocketClient client) {
        return client.received().stream().filter(m -> "quote".equals(m.getString("type"))).count();
    }

    private double metric(String name) {
        String metrics = new WebClient(base).get("/metrics?scope=application", "text/plain").body();
        return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static boolean isError(JsonObject message, String code) {
        return "error".equals(message.getString("type")) && code.equals(data(message).getString("code"));
    }

    private static JsonObject data(JsonObject message) {
        return message.getJsonObject("data");
    }
}
