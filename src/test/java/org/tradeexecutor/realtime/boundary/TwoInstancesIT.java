package org.tradeexecutor.realtime.boundary;

import com.mongodb.client.MongoDatabase;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.signals.control.WebhookSignature;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PRODUCT R6: two instances on loopback sharing one store and Payara Micro's data grid. A signal posted to instance A
 * is executed there; the trader's client, connected to instance B, receives the fill.
 */
class TwoInstancesIT {

    private static final String DATABASE = "trade_executor_cluster";
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
        MongoDatabase db = TestStore.database(DATABASE);
        db.drop();
        String cluster = "dte-it-" + Long.toString(System.nanoTime(), 36);
        Map<String, String> settings = Map.of("MONGODB_URI", TestStore.uri(DATABASE), "DEMO_MODE", "true", "PASSWORD_HASH_ITERATIONS", "10000",
                "QUOTES_VOLATILITY_PERCENT", "0", "ENCRYPTION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        int seed = ServerProcess.freeLocalPort();
        a = new ServerProcess("instance-a", settings).clustered(cluster, seed, seed).start();
        b = new ServerProcess("instance-b", settings).clustered(cluster, ServerProcess.freeLocalPort(), seed).start();

        try (SocketClient onB = SocketClient.signedIn(b.uri("/").toURL(), "trader")) {
            onB.awaitType("welcome");
            onB.send("{\"type\":\"subscribe\",\"topic\":\"trades\"}");
            onB.awaitType("subscribed");

            String providerId = db.getCollection("providers").find(new Document("name", "Demo Signals")).first().getString("_id");
            String body = "BUY AAPL SL 180";
            HttpResponse<String> accepted = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(a.uri("/api/webhooks/providers/" + providerId))
                            .header("X-Signature", WebhookSignature.sign("demo-secret", body.getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());

            JsonObject filled = onB.await(m -> "trade.filled".equals(m.getString("type")));
            String traderId = db.getCollection("users").find(new Document("username", "trader")).first().getString("_id");
            assertEquals(traderId, filled.getJsonObject("data").getString("userId"), "the trader's own fill, from the other instance");
            assertEquals("AAPL", filled.getJsonObject("data").getString("symbol"));
        }
    }
}
