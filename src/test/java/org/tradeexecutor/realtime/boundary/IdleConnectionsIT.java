package org.tradeexecutor.realtime.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT R5: a connection that sends nothing for WS_IDLE_TIMEOUT_SECONDS is closed (its other end may be gone)
 * while one that pings stays open. Its own server, because the timeout here is two seconds.
 */
class IdleConnectionsIT {

    private ServerProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void aSilentClientIsClosedWhileAPingingOneStays() throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_idle").with("WS_IDLE_TIMEOUT_SECONDS", "2");
        server = new ServerProcess("idle", demo.settings).start();
        URL base = server.uri("/").toURL();
        try (SocketClient silent = SocketClient.signedIn(base, "trader"); SocketClient pinging = SocketClient.signedIn(base, "trader2")) {
            silent.awaitType("welcome");
            pinging.awaitType("welcome");
            long until = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < until) {
                pinging.send("{\"type\":\"ping\"}");
                Thread.sleep(500);
            }
            String close = silent.awaitClose();
            assertTrue(close.startsWith("1001 ") && close.contains("Nothing heard"), close);
            assertFalse(pinging.closed(), "a client that pings stays connected");
        }
    }
}
