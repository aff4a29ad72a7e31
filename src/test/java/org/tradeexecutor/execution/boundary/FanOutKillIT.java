package org.tradeexecutor.execution.boundary;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.FaultReport;
import org.tradeexecutor.support.OrderTally;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.WebClient;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT X4, the failure this component exists to prevent, at four points of a 200-follower fan-out on the paper
 * broker (docs/RELIABILITY.md): the server reaches a fail point ({@code FAIL_POINT}), waits there and is killed with
 * SIGKILL; started again (the same delivery replayed once more), it settles, and the count must be exact — every
 * follower one order, filled once, booked once, protected by exactly what it holds.
 */
class FanOutKillIT {

    private static final int FOLLOWERS = 200 + 2; // DEMO_FOLLOWERS plus the demo traders
    private static final String SIGNAL = "BUY AAPL SL 180";
    private ServerProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.kill();
        }
    }

    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({
            "fan-out.orders-stored, 1",  // the executions stored, no order sent
            "fan-out.orders-sent, 2",    // orders at the broker (filled), their outcomes not stored
            "protection.placing, 3",     // entries filled and booked, no protective order yet
            "follow-up.booking@50, 4"})  // 49 fills followed up, the 50th half booked, the rest waiting
    void killedAtAFailPointAndRestartedEveryFollowerHasExactlyOneProtectedOrder(String failPoint, int number) throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_fault_" + number).with("DEMO_FOLLOWERS", "200");
        MongoDatabase db = demo.db;
        String name = "fault-" + failPoint.replaceAll("[^a-z0-9-]", "-");
        server = new ServerProcess(name, demo.with("FAIL_POINT", failPoint).settings).start();

        long sentAt = Instant.now().getEpochSecond();
        HttpResponse<String> accepted = demo.signal(server, SIGNAL, sentAt);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String signalId = WebClient.json(accepted).getString("signalId");
        String point = failPoint.replaceFirst("@.*$", "");
        assertTrue(server.awaitLog("Fail point " + point + " reached", 90_000), "the fan-out reaches " + point);
        server.kill();
        String atTheKill = whatWasDone(db, signalId);
        assertEquals("EXECUTING", db.getCollection("signals").find(new Document("_id", signalId)).first().getString("status"),
                "the kill lands mid fan-out (" + atTheKill + ")");

        server = new ServerProcess(name + "-restarted", demo.with("FAIL_POINT", "").settings).start();
        HttpResponse<String> replay = demo.signal(server, SIGNAL, sentAt);
        assertEquals(signalId, WebClient.json(replay).getString("signalId"), "a replay after the restart answers the first signal");
        assertTrue(WebClient.json(replay).getBoolean("duplicate"));

        OrderTally tally = OrderTally.untilExact(() -> OrderTally.paper(db, signalId), 120_000);
        assertEquals(FOLLOWERS, tally.expected());
        assertEquals(1, db.getCollection("signals").countDocuments());
        // Orders first, then the signal's status: the resumed fan-out marks it executed once its last follower is done.
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"EXECUTED".equals(status(db, signalId)) && System.currentTimeMillis() < deadline) {
            ServerProcess.pause(200);
        }
        assertEquals("EXECUTED", status(db, signalId));
        FaultReport.check("paper fan-out of 200, kill -9 at " + failPoint, "at the kill: " + atTheKill, tally);
    }

    private static String status(MongoDatabase db, String signalId) {
        return db.getCollection("signals").find(new Document("_id", signalId)).first().getString("status");
    }

    /** What the store and the paper broker held when the process died. */
    private static String whatWasDone(MongoDatabase db, String signalId) {
        Document entries = new Document("signalId", signalId).append("leg", "entry");
        long stored = db.getCollection("executions").countDocuments(entries);
        long outcomes = db.getCollection("executions").countDocuments(new Document(entries).append("state", new Document("$nin", List.of("PLANNED", "SUBMITTED"))));
        long atBroker = db.getCollection("paper_orders").countDocuments(new Document("kind", "MARKET"));
        long booked = db.getCollection("positions").countDocuments(new Document("status", "OPEN"));
        long protective = db.getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", Pattern.compile("^tp")));
        return stored + " entries stored, " + atBroker + " at the broker, " + outcomes + " outcomes stored, " + booked + " positions booked, "
                + protective + " protective orders";
    }
}
