package org.tradeexecutor.execution.boundary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.WebClient;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "closing AAPL" arriving while "BUY AAPL"'s fills are still being booked (the entries sent, their outcomes and positions
 * not stored yet — held there by a fail point) closes every follower's position once the booking is done; before, it
 * found no position and closed nothing, and the followers kept a position their provider had left.
 */
class ExitDuringBookingIT {

    @Test
    void anExitDecidedBeforeTheEntryIsBookedIsDecidedAgainAndClosesThePosition() throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_exit_booking").with("DEMO_FOLLOWERS", "0")
                .with("FAIL_POINT", "fan-out.orders-sent").with("FAIL_POINT_PAUSE_MILLIS", "3000").with("FAN_OUT_RETRY_SECONDS", "2");
        try (ServerProcess server = new ServerProcess("exit-booking", demo.settings).start()) {
            String entry = signalId(demo.signal(server, "BUY AAPL SL 180"));
            assertTrue(server.awaitLog("Fail point fan-out.orders-sent reached", 60_000), "the entries are sent, their fills not booked");
            String exit = signalId(demo.signal(server, "closing AAPL here"));

            Document exits = new Document("signalId", exit).append("leg", "exit").append("state", "FILLED");
            Document open = new Document("symbol", "AAPL").append("status", "OPEN");
            long deadline = System.currentTimeMillis() + 60_000;
            // The exit's fills are stored first, their bookings (the positions closed) just after.
            while ((demo.db.getCollection("executions").countDocuments(exits) < 2 || demo.db.getCollection("positions").countDocuments(open) > 0)
                    && System.currentTimeMillis() < deadline) {
                ServerProcess.pause(200);
            }
            long entries = demo.db.getCollection("executions").countDocuments(new Document("signalId", entry).append("leg", "entry").append("state", "FILLED"));
            assertEquals(2, entries, "trader and trader2 entered");
            assertEquals(entries, demo.db.getCollection("executions").countDocuments(exits), "and each of them was closed by the exit");
            for (String trader : new String[]{"trader", "trader2"}) {
                assertEquals(0, demo.db.getCollection("positions").countDocuments(new Document(open).append("userId", demo.userId(trader))),
                        trader + " holds nothing after the exit");
            }
            // Those whose fill was still being booked (one or both: the broker's own report may book one first) were put off, not dropped.
            assertTrue(server.awaitLog("followers; it runs again in", 1), "the exit was put off while the fill was being booked, not dropped");
        }
    }

    private static String signalId(HttpResponse<String> accepted) {
        assertEquals(202, accepted.statusCode(), accepted.body());
        return WebClient.json(accepted).getString("signalId");
    }
}
