package org.tradeexecutor.realtime.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import org.tradeexecutor.support.SignedWebhook;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/bench ws}, second part: the copy-trading case — N WebSocket clients of N different followers (the
 * demo followers of a server started with DEMO_FOLLOWERS), each listening to its own trades; one market signal to the
 * demo provider; each client's own fill timed from the fill (the execution's {@code updatedAt}) and from the signal's
 * sending to its arrival. Prints one line of key=value pairs.
 */
public final class OwnFillsBenchmark {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private OwnFillsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        List<String> usernames = new ArrayList<>(List.of("trader", "trader2"));
        for (int n = 1; usernames.size() < clients; n++) {
            usernames.add("follower" + n);
        }
        long signInStart = System.nanoTime();
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        List<Future<String>> cookies = new ArrayList<>();
        for (String username : usernames) {
            cookies.add(signIns.submit(() -> {
                WebClient web = new WebClient(URI.create(base).toURL());
                web.signIn(username, "demo");
                return web.cookie("DTESESSION").orElseThrow(() -> new IllegalStateException(username + " could not sign in"));
            }));
        }
        signIns.shutdown();
        signIns.awaitTermination(10, TimeUnit.MINUTES);
        List<String> sessions = new ArrayList<>();
        for (Future<String> cookie : cookies) {
            sessions.add("DTESESSION=" + cookie.get());
        }
        double signInSeconds = (System.nanoTime() - signInStart) / 1e9;

        URI ws = URI.create(base.replaceFirst("^http", "ws") + "/ws");
        List<Follower> followers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            followers.add(new Follower());
        }
        List<WebSocket> sockets = BenchSockets.openAll(ws, clients, followers::get, sessions::get);
        for (Follower follower : followers) {
            follower.welcomed.get(60, TimeUnit.SECONDS);
        }
        for (WebSocket socket : sockets) {
            socket.sendText("{\"type\":\"subscribe\",\"topic\":\"trades\"}", true);
        }
        Thread.sleep(2000);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String providerId = BenchSockets.demoProviderId(base);
        Instant signalSent = Instant.now();
        HttpResponse<String> accepted = http.send(SignedWebhook.request(URI.create(base + "/api/webhooks/providers/" + providerId), "demo-secret",
                "BUY AAPL SL 180").build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("The signal was not taken: " + accepted.statusCode() + " " + accepted.body());
        }
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && followers.stream().anyMatch(f -> f.receivedAt == null)) {
            Thread.sleep(200);
        }
        List<Double> fillToClient = new ArrayList<>();
        List<Double> signalToClient = new ArrayList<>();
        for (Follower follower : followers) {
            if (follower.receivedAt != null) {
                fillToClient.add(Duration.between(follower.filledAt, follower.receivedAt).toNanos() / 1e6);
                signalToClient.add(Duration.between(signalSent, follower.receivedAt).toNanos() / 1e6);
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "own_fill_clients=%d users=%d signed_in_in=%.1fs fills_received=%d fill_to_client_p50=%.1fms fill_to_client_p95=%.1fms "
                        + "fill_to_client_max=%.1fms signal_to_client_p50=%.0fms signal_to_client_p95=%.0fms signal_to_client_max=%.0fms",
                clients, usernames.size(), signInSeconds, fillToClient.size(), BenchSockets.percentile(fillToClient, 50), BenchSockets.percentile(fillToClient, 95),
                fillToClient.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), BenchSockets.percentile(signalToClient, 50),
                BenchSockets.percentile(signalToClient, 95), signalToClient.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        System.exit(0);
    }

    /** One follower's client: welcomed, then the arrival of its first own fill. */
    private static final class Follower implements WebSocket.Listener {
        private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile Instant filledAt;
        private volatile Instant receivedAt;

        @Override
        public void onOpen(WebSocket socket) {
            socket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                String text = partial.toString();
                partial.setLength(0);
                if (text.contains("\"type\":\"welcome\"")) {
                    welcomed.complete(null);
                } else if (receivedAt == null && text.contains("\"type\":\"trade.filled\"")) {
                    JsonObject message = JSON.createReader(new StringReader(text)).readObject();
                    filledAt = Instant.parse(message.getJsonObject("data").getString("updatedAt"));
                    receivedAt = now;
                }
            }
            return null;
        }
    }
}
