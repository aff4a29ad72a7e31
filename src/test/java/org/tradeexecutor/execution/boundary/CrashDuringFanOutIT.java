package org.tradeexecutor.execution.boundary;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.SignedWebhook;
import org.tradeexecutor.support.WebClient;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TestStore;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT X4, the failure this component exists to prevent: the server is killed (SIGKILL) in the middle of fanning a
 * signal out to 200 followers and started again; afterwards every follower has exactly one order, filled once, booked
 * once into the follower's position and protected by one stop (fills stored before the kill are announced again).
 */
class CrashDuringFanOutIT {

    private static final String DATABASE = "trade_executor_crash";
    private static final int FOLLOWERS = 200 + 2; // DEMO_FOLLOWERS plus the demo traders
    /** An entry with one (default) target is protected by one OCO: target and stop in one order. */
    private static final Document PROTECTIVE = new Document("leg", java.util.regex.Pattern.compile("^tp1@"));
    private ServerProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void killedMidFanOutAndRestartedEveryFollowerHasExactlyOneOrder() throws Exception {
        MongoDatabase db = TestStore.database(DATABASE);
        db.drop();
        Map<String, String> settings = Map.of("MONGODB_URI", TestStore.uri(DATABASE), "DEMO_MODE", "true", "DEMO_FOLLOWERS", "200",
                "PASSWORD_HASH_ITERATIONS", "10000", "QUOTES_VOLATILITY_PERCENT", "0", "ENCRYPTION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        server = new ServerProcess("crash-during-fan-out", settings).start();

        String providerId = db.getCollection("providers").find(new Document("name", "Demo Signals")).first().getString("_id");
        String body = "BUY AAPL SL 180";
        long sentAt = Instant.now().getEpochSecond();
        HttpResponse<String> accepted = deliver(providerId, body, sentAt);
        assertEquals(202, accepted.statusCode(), accepted.body());

        // Executions are stored a slice of followers at a time: kill as soon as the first slice is stored.
        long plannedAtKill = awaitCount(db, new Document("leg", "entry"), 1);
        server.kill();
        long filledAtKill = db.getCollection("executions").countDocuments(new Document("leg", "entry").append("state", "FILLED"));
        long stopsAtKill = db.getCollection("executions").countDocuments(PROTECTIVE);
        assertEquals("EXECUTING", db.getCollection("signals").find().first().getString("status"),
                "the kill must land mid fan-out (at the kill: " + plannedAtKill + " entries stored, " + filledAtKill + " filled, " + stopsAtKill + " stops)");

        server = new ServerProcess("crash-during-fan-out", settings).start();
        HttpResponse<String> replay = deliver(providerId, body, sentAt);
        assertEquals(WebClient.json(accepted).getString("signalId"), WebClient.json(replay).getString("signalId"), "a replay after the restart");
        assertTrue(WebClient.json(replay).getBoolean("duplicate"));
        awaitSettled(db);
        assertEquals(1, db.getCollection("signals").countDocuments());

        List<Document> executions = db.getCollection("executions").find(new Document("leg", "entry")).into(new java.util.ArrayList<>());
        assertEquals(FOLLOWERS, executions.size(), "one execution per follower (" + plannedAtKill + " stored, " + filledAtKill
                + " filled, " + stopsAtKill + " stops before the kill)");
        Set<String> users = new HashSet<>();
        for (Document execution : executions) {
            assertTrue(users.add(execution.getString("userId")), "a second execution for " + execution.getString("username"));
            assertEquals("FILLED", execution.getString("state"), execution.toJson());
            assertEquals(1, db.getCollection("paper_orders").countDocuments(new Document("_id", execution.getString("clientOrderId"))));
            Document account = db.getCollection("paper_accounts").find(new Document("userId", execution.getString("userId"))).first();
            List<Document> holdings = account.getList("holdings", Document.class);
            assertEquals(1, holdings.size());
            BigDecimal held = ((org.bson.types.Decimal128) holdings.get(0).get("quantity")).bigDecimalValue();
            BigDecimal ordered = ((org.bson.types.Decimal128) execution.get("quantity")).bigDecimalValue();
            assertEquals(0, held.compareTo(ordered), "filled once: " + execution.getString("username"));
        }
        assertEquals("EXECUTED", db.getCollection("signals").find().first().getString("status"));

        awaitCount(db, PROTECTIVE, FOLLOWERS);
        for (Document execution : executions) {
            String userId = execution.getString("userId");
            List<Document> positions = db.getCollection("positions").find(new Document("userId", userId)).into(new java.util.ArrayList<>());
            assertEquals(1, positions.size(), "one position for " + execution.getString("username"));
            BigDecimal booked = ((org.bson.types.Decimal128) positions.get(0).get("quantity")).bigDecimalValue();
            BigDecimal ordered = ((org.bson.types.Decimal128) execution.get("quantity")).bigDecimalValue();
            assertEquals(0, booked.compareTo(ordered), "booked once: " + execution.getString("username"));
            assertEquals(1, db.getCollection("executions").countDocuments(new Document("userId", userId).append("leg", PROTECTIVE.get("leg"))),
                    "one protective order (target and stop) for " + execution.getString("username"));
        }
    }

    /** The demo provider's delivery of the body signed at that time: the same arguments make the same delivery again. */
    private HttpResponse<String> deliver(String providerId, String body, long epochSeconds) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                SignedWebhook.request(server.uri("/api/webhooks/providers/" + providerId), "demo-secret", body, epochSeconds).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until at least {@code atLeast} executions match; answers how many there were. */
    private static long awaitCount(MongoDatabase db, Document filter, long atLeast) {
        long deadline = System.currentTimeMillis() + 60_000;
        long count = 0;
        while (System.currentTimeMillis() < deadline) {
            count = db.getCollection("executions").countDocuments(filter);
            if (count >= atLeast) {
                return count;
            }
            ServerProcess.pause(5);
        }
        throw new AssertionError("Only " + count + " executions " + filter.toJson() + " of " + atLeast + " after 60 s");
    }

    private static void awaitSettled(MongoDatabase db) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Document signal = db.getCollection("signals").find().first();
            // A market order stored by the broker just before the kill rests until the paper broker's next matching round.
            long open = db.getCollection("executions").countDocuments(new Document("leg", "entry")
                    .append("state", new Document("$in", List.of("PLANNED", "SUBMITTED", "UNKNOWN", "ACCEPTED"))));
            if ("EXECUTED".equals(signal.getString("status")) && open == 0) {
                return;
            }
            ServerProcess.pause(200);
        }
        throw new AssertionError("The fan-out did not finish after the restart");
    }
}
