package org.tradeexecutor.realtime.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handshake hands each connection its own user (PRODUCT R1): two hundred connections of forty users — half by
 * session cookie, half by API token — opened all at once, each told its own user in {@code welcome}, and each receiving
 * its own user's fill of one signal and nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentHandshakesIT {

    private static final int USERS = 40;
    private static final int CONNECTIONS_PER_USER = 5; // WS_MAX_CONNECTIONS_PER_USER

    @ArquillianResource
    URL base;

    /** Who a connection should be: the user id and how it got in. */
    private record Owner(String userId, String sessionCookie, String token) {
    }

    @Test
    void twoHundredConnectionsOfFortyUsersOpenedTogetherEachHearOnlyTheirOwnUser() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String name = "crowd" + i;
            community.trader(name, "ON");
            String userId = Fixtures.user(community.username(name)).getString("_id");
            if (i % 2 == 0) {
                WebClient browser = new WebClient(base);
                browser.signIn(community.username(name), "demo");
                owners.add(new Owner(userId, browser.cookie("DTESESSION").orElseThrow(), null));
            } else {
                String token = WebClient.json(new WebClient(base).basic(community.username(name), "demo")
                        .sendJson("POST", "/api/me/tokens", "{\"name\":\"crowd\"}")).getString("token");
                owners.add(new Owner(userId, null, token));
            }
        }

        ExecutorService opening = Executors.newFixedThreadPool(50);
        List<CompletableFuture<SocketClient>> pending = new ArrayList<>();
        List<Owner> ownerOf = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS_PER_USER; c++) {
            for (Owner owner : owners) {
                ownerOf.add(owner);
                pending.add(CompletableFuture.supplyAsync(() -> owner.token() == null ? SocketClient.connect(base, owner.sessionCookie())
                        : SocketClient.withToken(base, owner.token()), opening));
            }
        }
        List<SocketClient> sockets = pending.stream().map(CompletableFuture::join).toList();
        opening.shutdown();
        try {
            for (int i = 0; i < sockets.size(); i++) {
                JsonObject welcome = sockets.get(i).awaitType("welcome");
                assertEquals(ownerOf.get(i).userId(), welcome.getJsonObject("data").getString("userId"), "connection " + i + " is its own user's");
                sockets.get(i).send("{\"type\":\"subscribe\",\"topic\":\"trades\"}");
            }
            sockets.forEach(socket -> socket.awaitType("subscribed"));

            community.signal("BUY KO SL 1");
            for (int i = 0; i < sockets.size(); i++) {
                String own = ownerOf.get(i).userId();
                sockets.get(i).await(m -> "trade.filled".equals(m.getString("type")) && own.equals(m.getJsonObject("data").getString("userId")));
            }
            ServerProcess.pause(1_000); // anything misdelivered has arrived by now
            for (int i = 0; i < sockets.size(); i++) {
                String own = ownerOf.get(i).userId();
                List<JsonObject> foreign = sockets.get(i).received().stream().filter(m -> m.getString("type").startsWith("trade."))
                        .filter(m -> !own.equals(m.getJsonObject("data").getString("userId"))).toList();
                assertTrue(foreign.isEmpty(), "connection " + i + " heard another user: " + foreign);
            }
        } finally {
            sockets.forEach(SocketClient::close);
        }
    }
}
