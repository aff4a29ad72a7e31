package org.tradeexecutor.realtime.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import org.tradeexecutor.support.SignedWebhook;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/bench ws}: N WebSocket clients of one signed-in user on a running server. Measures the time to open
 * each connection (until its welcome), the broadcast latency of quote messages to all N clients (server time stamp →
 * received, same machine) and the delivery latency of a fill to the trader's client (the order's fill time →
 * received). Prints one line of key=value pairs.
 */
public final class RealtimeBenchmark {

    private static final int QUOTE_ROUNDS = 10;
    /** One reader factory: {@code Json.createReader} looks the provider up on every call (~0.5 ms), which would be measured as latency. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final int FILLS = 5;

    private RealtimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args[0]).toURL();
        int clients = Integer.parseInt(args[1]);
        WebClient web = new WebClient(base);
        web.signIn("trader", "demo");
        String cookie = web.cookie("DTESESSION").orElseThrow();
        URI ws = URI.create(args[0].replaceFirst("^http", "ws") + "/ws");

        List<HttpClient> pool = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pool.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        List<Probe> probes = new ArrayList<>();
        List<Double> connectMs = Collections.synchronizedList(new ArrayList<>());
        long connectStart = System.nanoTime();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Probe probe = new Probe(System.nanoTime());
            probes.add(probe);
            opening.add(pool.get(i % pool.size()).newWebSocketBuilder().header("Cookie", "DTESESSION=" + cookie)
                    .connectTimeout(Duration.ofSeconds(30)).buildAsync(ws, probe));
            if (i % 100 == 99) {
                CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (Probe probe : probes) {
            probe.welcomed.get(60, TimeUnit.SECONDS);
            connectMs.add(probe.connectMillis);
        }
        double allConnectedSeconds = (System.nanoTime() - connectStart) / 1e9;

        for (int i = 0; i < clients; i++) {
            opening.get(i).join().sendText("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":[\"AAPL\"]}", true);
        }
        opening.get(0).join().sendText("{\"type\":\"subscribe\",\"topic\":\"trades\"}", true);
        long deadline = System.currentTimeMillis() + (QUOTE_ROUNDS + 5) * 1000L;
        while (System.currentTimeMillis() < deadline && probes.stream().anyMatch(p -> p.quoteMillis.size() < QUOTE_ROUNDS)) {
            Thread.sleep(200);
        }
        List<Double> broadcastMs = new ArrayList<>();
        probes.forEach(p -> broadcastMs.addAll(p.quoteMillis));
        String serverMetrics = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(args[0] + "/metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();

        String providerId = Json.createReader(new StringReader(get(args[0] + "/api/community/providers"))).readArray().getJsonObject(0).getString("id");
        for (int n = 0; n < FILLS; n++) {
            String body = n % 2 == 0 ? "BUY AAPL SL 180" : "closing AAPL here";
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(SignedWebhook.request(URI.create(args[0] + "/api/webhooks/providers/" + providerId), "demo-secret", body).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1500);
        }
        List<Double> fillMs = new ArrayList<>(probes.get(0).fillMillis);

        System.out.println(String.format(Locale.ROOT,
                "clients=%d all_connected=%.2fs connect_p50=%.0fms connect_p95=%.0fms broadcast_messages=%d broadcast_p50=%.1fms broadcast_p95=%.1fms broadcast_p99=%.1fms server_made_to_written_p50=%.1fms server_made_to_written_p95=%.1fms fills=%d fill_to_client_p50=%.1fms fill_to_client_max=%.1fms",
                clients, allConnectedSeconds, percentile(connectMs, 50), percentile(connectMs, 95), broadcastMs.size(),
                percentile(broadcastMs, 50), percentile(broadcastMs, 95), percentile(broadcastMs, 99),
                quantileMillis(serverMetrics, "0.5"), quantileMillis(serverMetrics, "0.95"), fillMs.size(), percentile(fillMs, 50),
                fillMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        System.exit(0);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("host:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * A quantile of the server's own delivery timer (message made → written to the connection), from its Prometheus
     * text. Payara Micro 6.2025.10 reports timers in nanoseconds under a "_seconds" name.
     */
    private static double quantileMillis(String prometheus, String quantile) {
        return prometheus.lines().filter(l -> l.startsWith("realtime_delivery_seconds{") && l.contains("quantile=\"" + quantile + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) / 1e6).findFirst().orElse(Double.NaN);
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** One client: when it was welcomed, and how late each quote and fill arrived. */
    private static final class Probe implements WebSocket.Listener {
        private final long started;
        private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final List<Double> quoteMillis = new CopyOnWriteArrayList<>();
        private final List<Double> fillMillis = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile double connectMillis;

        Probe(long started) {
            this.started = started;
        }

        /** No per-message flow control: the probe takes whatever comes (a request(1) per message costs a hand-off each). */
        @Override
        public void onOpen(WebSocket socket) {
            socket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                JsonObject message = JSON.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                switch (message.getString("type")) {
                    case "welcome" -> {
                        connectMillis = (System.nanoTime() - started) / 1e6;
                        welcomed.complete(null);
                    }
                    case "quote" -> quoteMillis.add(Duration.between(Instant.parse(message.getString("ts")), now).toNanos() / 1e6);
                    case "trade.filled" -> fillMillis.add(Duration.between(Instant.parse(message.getJsonObject("data").getString("updatedAt")), now).toNanos() / 1e6);
                    default -> {
                    }
                }
            }
            return null;
        }
    }
}
