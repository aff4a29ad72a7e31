package org.tradeexecutor.realtime.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.FaultReport;
import org.tradeexecutor.support.OrderTally;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.WebClient;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT R6: two instances on loopback sharing one store and Payara Micro's data grid. A signal posted to instance A
 * is executed there; the trader's client, connected to instance B, receives the fill; replays to either instance trade
 * nothing; a follower who leaves on B is left out of A's next fan-out; a suspension reaches B; one instance does the once-only duties, and when it is killed mid fan-out the
 * other takes over and finishes the fan-out.
 */
class TwoInstancesIT {

    private ServerProcess a;
    private ServerProcess b;

    @AfterEach
    void stop() {
        if (b != null) {
            b.kill();
        }
        if (a != null) {
            a.kill();
        }
    }

    @Test
    void aFillProcessedOnInstanceAReachesAClientOnInstanceB() throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_cluster").with("DEMO_FOLLOWERS", "200");
        String cluster = "dte-it-" + Long.toString(System.nanoTime(), 36);
        int seed = ServerProcess.freeLocalPort();
        a = new ServerProcess("instance-a", demo.settings).clustered(cluster, seed, seed).start();
        b = new ServerProcess("instance-b", demo.settings).clustered(cluster, ServerProcess.freeLocalPort(), seed).start();

        try (SocketClient onB = SocketClient.signedIn(b.uri("/").toURL(), "trader")) {
            onB.awaitType("welcome");
            onB.send("{\"type\":\"subscribe\",\"topic\":\"trades\"}");
            onB.awaitType("subscribed");

            long sentAt = Instant.now().getEpochSecond();
            HttpResponse<String> accepted = demo.signal(a, "BUY AAPL SL 180", sentAt);
            assertEquals(202, accepted.statusCode(), accepted.body());

            JsonObject filled = onB.await(m -> "trade.filled".equals(m.getString("type")));
            assertEquals(demo.userId("trader"), filled.getJsonObject("data").getString("userId"), "the trader's own fill, from the other instance");
            assertEquals("AAPL", filled.getJsonObject("data").getString("symbol"));

            // The same delivery replayed to either instance answers the first signal and executes nothing.
            String signalId = WebClient.json(accepted).getString("signalId");
            for (ServerProcess instance : List.of(b, a, b)) {
                JsonObject replay = WebClient.json(demo.signal(instance, "BUY AAPL SL 180", sentAt));
                assertEquals(signalId, replay.getString("signalId"));
                assertTrue(replay.getBoolean("duplicate"));
            }
            ServerProcess.pause(1_000);
            MongoDatabase db = demo.db;
            assertEquals(1, db.getCollection("signals").countDocuments());
            Eventually.until(() -> db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry")) == 202,
                    "one entry for each follower (200 demo followers and the two demo traders), none more");
            ServerProcess.pause(1_000);
            assertEquals(202, db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry")));
            FaultReport.check("two instances: one delivery to A, replayed to B, A and B", "3 replays answered duplicate",
                    OrderTally.untilExact(() -> OrderTally.paper(db, signalId), 60_000));

            // trader2 stops following on B; A keeps the provider's followers since the first signal, and hears of it over the grid.
            WebClient trader2OnB = new WebClient(b.uri("/").toURL()).basic("trader2", "demo");
            assertEquals(204, trader2OnB.send("application/json", "DELETE", "/api/trader/subscriptions/" + demo.providerId(), null).statusCode());
            ServerProcess.pause(500); // the grid's delivery of the invalidation; without it A would keep the list for LOOKUP_CACHE_SECONDS (30)
            String afterUnfollow = WebClient.json(demo.signal(a, "BUY TSLA SL 150")).getString("signalId");
            Eventually.until(() -> "EXECUTED".equals(db.getCollection("signals").find(new Document("_id", afterUnfollow)).first().getString("status")),
                    "the next signal is executed on A");
            assertEquals(201, db.getCollection("executions").countDocuments(new Document("signalId", afterUnfollow).append("leg", "entry")));
            assertEquals(0, db.getCollection("executions").countDocuments(new Document("signalId", afterUnfollow).append("userId", demo.userId("trader2"))),
                    "A no longer fans out to a follower who left on B");

            // An account suspended (here straight in the store, as an admin script would) loses its connection on B too.
            db.getCollection("users").updateOne(new Document("username", "trader"), new Document("$set", new Document("status", "SUSPENDED")));
            assertTrue(onB.awaitClose().startsWith("1008 "));
        }

        // One instance does the once-only duties. It is killed in the middle of a fan-out; the other takes the duties
        // over within 30 s and finishes the fan-out: one order per follower, none twice.
        ServerProcess leader = awaitTheOneLeader();
        ServerProcess survivor = leader == a ? b : a;
        long sentAt = Instant.now().getEpochSecond();
        HttpResponse<String> accepted = demo.signal(leader, "BUY MSFT SL 1", sentAt);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String signalId = WebClient.json(accepted).getString("signalId");
        Eventually.until(() -> demo.db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry")) > 0,
                "the fan-out has begun");
        leader.kill();
        long killedAt = System.currentTimeMillis();
        long storedAtKill = demo.db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry"));
        assertTrue(WebClient.json(demo.signal(survivor, "BUY MSFT SL 1", sentAt)).getBoolean("duplicate"), "replayed to the survivor");
        Eventually.until(() -> leading(survivor), "the survivor leads");
        long takenOverAfter = System.currentTimeMillis() - killedAt;
        assertTrue(takenOverAfter < 30_000, "taken over within 30 s");
        Eventually.until(() -> "EXECUTED".equals(demo.db.getCollection("signals").find(new Document("_id", signalId)).first().getString("status")),
                "the survivor finished the fan-out");
        List<Document> entries = demo.db.getCollection("executions").find(new Document("signalId", signalId).append("leg", "entry")).into(new java.util.ArrayList<>());
        assertEquals(201, entries.size(), "one entry per follower (200 demo followers and trader; trader2 left)");
        assertEquals(201, entries.stream().map(e -> e.getString("userId")).distinct().count());
        for (Document entry : entries) {
            assertTrue(demo.db.getCollection("paper_orders").countDocuments(new Document("_id", entry.getString("clientOrderId"))) <= 1);
        }
        OrderTally tally = OrderTally.untilExact(() -> OrderTally.paper(demo.db, signalId), 60_000);
        assertEquals(200, tally.expected(), "every follower but the suspended trader, whose entry is refused with the reason");
        FaultReport.check("two instances: the leader killed mid fan-out of 200, replayed to the survivor",
                storedAtKill + " entries stored at the kill, taken over after " + takenOverAfter / 1000 + " s", tally);
    }

    /** Waits until exactly one of the two instances says it does the duties; answers that one. */
    private ServerProcess awaitTheOneLeader() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            boolean onA = leading(a);
            boolean onB = leading(b);
            if (onA != onB) {
                return onA ? a : b;
            }
            assertTrue(!(onA && onB), "never two leaders at once");
            ServerProcess.pause(200);
        }
        throw new AssertionError("No single leader within 30 s");
    }

    /** The instance's liveness entry "duties" says whether it leads. */
    private static boolean leading(ServerProcess instance) {
        try {
            JsonObject health = WebClient.json(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(instance.uri("/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString()));
            return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("duties"))
                    .anyMatch(c -> c.getJsonObject("data").get("leading").toString().contains("true")); // Payara may write it as a string
        } catch (Exception unreachable) {
            return false;
        }
    }
}
