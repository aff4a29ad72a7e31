package org.tradeexecutor.platform.boundary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.WebClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A graceful stop (SIGTERM, PRODUCT O6) in the middle of a fan-out to 52 followers whose orders are slowed at a fail
 * point: intake closes first (a webhook sent meanwhile answers 503 with Retry-After, or finds the port closed — never
 * taken and lost), the fan-out in flight finishes within the grace, live connections hear {@code server.shutdown},
 * and the process then ends with every follower's order placed.
 */
class GracefulShutdownIT {

    @Test
    void intakeClosesTheFanOutInFlightFinishesAndLiveConnectionsAreToldBeforeTheProcessEnds() throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_graceful").with("DEMO_FOLLOWERS", "50")
                .with("FAIL_POINT", "fan-out.orders-stored").with("FAIL_POINT_PAUSE_MILLIS", "4000").with("SHUTDOWN_GRACE_SECONDS", "30");
        try (ServerProcess server = new ServerProcess("graceful", demo.settings).start()) {
            WebClient trader = new WebClient(server.uri("/").toURL());
            trader.signIn("trader", "demo");
            stopMidFanOut(demo, server, trader);
        }
    }

    private void stopMidFanOut(DemoDeployment demo, ServerProcess server, WebClient trader) throws Exception {
        try (SocketClient live = SocketClient.connect(server.uri("/").toURL(), trader.cookie("DTESESSION").orElseThrow())) {
            live.awaitType("welcome");
            HttpResponse<String> accepted = demo.signal(server, "BUY AAPL SL 180");
            assertEquals(202, accepted.statusCode(), accepted.body());
            String signalId = WebClient.json(accepted).getString("signalId");
            assertTrue(server.awaitLog("Fail point fan-out.orders-stored reached", 60_000), "the fan-out is in flight, its orders held back");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            String during = whileStopping(demo, server);
            assertEquals("503 Retry-After 30", during, "webhooks during the stop");

            live.await(m -> "server.shutdown".equals(m.getString("type")));
            stopping.get(90, TimeUnit.SECONDS);

            Document entries = new Document("signalId", signalId).append("leg", "entry");
            long stored = demo.db.getCollection("executions").countDocuments(entries);
            long placed = demo.db.getCollection("executions").countDocuments(new Document(entries).append("state", "FILLED"));
            assertEquals(52, stored, "every follower's entry was planned");
            assertEquals(stored, placed, "and placed before the process ended");
            assertEquals("EXECUTED", demo.db.getCollection("signals").find(new Document("_id", signalId)).first().getString("status"));
            assertEquals(1, demo.db.getCollection("signals").countDocuments(), "the webhook sent during the stop was not taken");
            String log = Files.readString(Path.of("target", "graceful.log"));
            int closed = log.indexOf("intake closed");
            int finished = log.indexOf("no fan-out in flight");
            int stopped = log.indexOf("Stopped gracefully");
            assertTrue(closed >= 0 && closed < finished && finished < stopped, "intake closed, then the fan-out finished, then the rest: "
                    + closed + ", " + finished + ", " + stopped);
        }
    }

    /** Once readiness says the server is stopping, webhooks are refused (503) until the application ends; none is taken. */
    private String whileStopping(DemoDeployment demo, ServerProcess server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(server.uri("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 503 && ready.body().contains("stopping")) {
                    break;
                }
            } catch (IOException closed) {
                return "port closed before readiness said stopping";
            }
            ServerProcess.pause(50);
        }
        String last = "nothing refused";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> answer = demo.signal(server, "BUY MSFT SL 300", Instant.now().getEpochSecond());
                if (answer.statusCode() == 202) {
                    return "taken while stopping: " + answer.body();
                }
                if (answer.statusCode() == 503 && answer.body().contains("\"error\":\"shutting_down\"")) {
                    last = "503 Retry-After " + answer.headers().firstValue("Retry-After").orElse("none");
                } else if (answer.statusCode() == 503 && !last.equals("nothing refused")) {
                    return last; // the application has ended: Payara's own page until the port closes
                } else if (answer.statusCode() == 503) {
                    return "refused, but not by the application: " + answer.body();
                }
            } catch (IOException closed) {
                return last.equals("nothing refused") ? "port closed" : last;
            }
            ServerProcess.pause(100);
        }
        return last;
    }
}
