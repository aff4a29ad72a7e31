package org.tradeexecutor.realtime.boundary;

import jakarta.json.JsonObject;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.WebClient;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT R6: two instances on loopback sharing one store and Payara Micro's data grid. A signal posted to instance A
 * is executed there; the trader's client, connected to instance B, receives the fill.
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
        DemoDeployment demo = new DemoDeployment("trade_executor_cluster");
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
            assertEquals(2, db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry")),
                    "one entry for each of the two demo followers");

            // An account suspended (here straight in the store, as an admin script would) loses its connection on B too.
            db.getCollection("users").updateOne(new Document("username", "trader"), new Document("$set", new Document("status", "SUSPENDED")));
            assertTrue(onB.awaitClose().startsWith("1008 "));
        }
    }
}
