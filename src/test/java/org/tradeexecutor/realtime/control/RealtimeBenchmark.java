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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * received). Given the address of {@link BareBroadcast} deployed beside ours, it then measures the floor: as many
 * clients of that bare endpoint, the same quote bytes broadcast as often, and our p95 ÷ its p95. Prints one line of
 * key=value pairs.
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

        List<Probe> probes = new ArrayList<>();
        List<Double> connectMs = Collections.synchronizedList(new ArrayList<>());
        long connectStart = System.nanoTime();
        List<WebSocket> sockets = BenchSockets.openAll(ws, clients, i -> probe(probes), i -> "DTESESSION=" + cookie);
        for (Probe probe : probes) {
            probe.welcomed.get(60, TimeUnit.SECONDS);
            connectMs.add(probe.connectMillis);
        }
        double allConnectedSeconds = (System.nanoTime() - connectStart) / 1e9;

        for (WebSocket socket : sockets) {
            socket.sendText("{\"type\":\"subscribe\",\"topic\":\"quotes\",\"symbols\":[\"AAPL\"]}", true);
        }
        sockets.get(0).sendText("{\"type\":\"subscribe\",\"topic\":\"trades\"}", true);
        long deadline = System.currentTimeMillis() + (QUOTE_ROUNDS + 5) * 1000L;
        while (System.currentTimeMillis() < deadline && probes.stream().anyMatch(p -> p.quoteMillis.size() < QUOTE_ROUNDS)) {
            Thread.sleep(200);
        }
        List<Double> broadcastMs = new ArrayList<>();
        probes.forEach(p -> broadcastMs.addAll(p.quoteMillis));
        String serverMetrics = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(args[0] + "/metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();

        String providerId = BenchSockets.demoProviderId(args[0]);
        for (int n = 0; n < FILLS; n++) {
            String body = n % 2 == 0 ? "BUY AAPL SL 180" : "closing AAPL here";
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(SignedWebhook.request(URI.create(args[0] + "/api/webhooks/providers/" + providerId), "demo-secret", body).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1500);
        }
        List<Double> fillMs = new ArrayList<>(probes.get(0).fillMillis);
        String template = probes.get(0).lastQuote;
        sockets.forEach(WebSocket::abort);

        // The floor: as many clients of the bare endpoint beside ours, the same bytes broadcast as often.
        String floor = "";
        if (args.length > 2 && template != null) {
            List<Probe> bare = new ArrayList<>();
            List<WebSocket> bareSockets = BenchSockets.openAll(URI.create(args[2]), clients, i -> probe(bare), null);
            for (int round = 0; round < QUOTE_ROUNDS; round++) {
                bareSockets.get(0).sendText(template, true);
                Thread.sleep(1000);
            }
            Thread.sleep(2000);
            List<Double> bareMs = new ArrayList<>();
            bare.forEach(p -> bareMs.addAll(p.quoteMillis));
            double ours = BenchSockets.percentile(broadcastMs, 95);
            double container = BenchSockets.percentile(bareMs, 95);
            floor = String.format(Locale.ROOT, " floor_messages=%d floor_broadcast_p50=%.1fms floor_broadcast_p95=%.1fms ratio_p95_to_floor=%.1f",
                    bareMs.size(), BenchSockets.percentile(bareMs, 50), container, ours / container);
        }


        System.out.println(String.format(Locale.ROOT,
                "clients=%d all_connected=%.2fs connect_p50=%.0fms connect_p95=%.0fms broadcast_messages=%d broadcast_p50=%.1fms broadcast_p95=%.1fms broadcast_p99=%.1fms server_made_to_written_p50=%.1fms server_made_to_written_p95=%.1fms fills=%d fill_to_client_p50=%.1fms fill_to_client_max=%.1fms%s",
                clients, allConnectedSeconds, BenchSockets.percentile(connectMs, 50), BenchSockets.percentile(connectMs, 95), broadcastMs.size(),
                BenchSockets.percentile(broadcastMs, 50), BenchSockets.percentile(broadcastMs, 95), BenchSockets.percentile(broadcastMs, 99),
                quantileMillis(serverMetrics, "0.5"), quantileMillis(serverMetrics, "0.95"), fillMs.size(), BenchSockets.percentile(fillMs, 50),
                fillMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), floor));
        System.exit(0);
    }

    /** A probe that starts timing its connect now, kept in the list. */
    private static Probe probe(List<Probe> into) {
        Probe probe = new Probe(System.nanoTime());
        into.add(probe);
        return probe;
    }

    /**
     * A quantile of the server's own delivery timer (message made → written to the connection), from its Prometheus
     * text. Payara Micro 6.2025.10 reports timers in nanoseconds under a "_seconds" name.
     */
    private static double quantileMillis(String prometheus, String quantile) {
        return prometheus.lines().filter(l -> l.startsWith("realtime_delivery_seconds{") && l.contains("quantile=\"" + quantile + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) / 1e6).findFirst().orElse(Double.NaN);
    }

    /** One client: when it was welcomed, and how late each quote and fill arrived. */
    private static final class Probe implements WebSocket.Listener {
        private final long started;
        private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final List<Double> quoteMillis = new CopyOnWriteArrayList<>();
        private final List<Double> fillMillis = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile double connectMillis;
        /** The last quote as it came: the floor broadcasts the same bytes. */
        private volatile String lastQuote;

        Probe(long started) {
            this.started = started;
        }

        /** No per-message flow control: the probe takes whatever comes (a request(1) per message costs a hand-off each). */
        @Override
        public void onOpen(WebSocket socket) {
            socket.request(Long.MAX_VALUE);
        }

        /**
         * A quote costs the client a look at two fields, not a JSON parse: its type and time stamp are the last two
         * top-level fields (JSON-B writes them in name order: data, ts, type). Other messages are rare and parsed.
         */
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Instant now = Instant.now();
                String text = partial.toString();
                partial.setLength(0);
                String type = lastField(text, "type");
                if ("quote".equals(type)) {
                    quoteMillis.add(Duration.between(Instant.parse(lastField(text, "ts")), now).toNanos() / 1e6);
                    lastQuote = text;
                } else if ("welcome".equals(type)) {
                    connectMillis = (System.nanoTime() - started) / 1e6;
                    welcomed.complete(null);
                } else if ("trade.filled".equals(type)) {
                    JsonObject message = JSON.createReader(new StringReader(text)).readObject();
                    fillMillis.add(Duration.between(Instant.parse(message.getJsonObject("data").getString("updatedAt")), now).toNanos() / 1e6);
                }
            }
            return null;
        }

        /** The string value of the last {@code "name":"…"} in the text; null when there is none. */
        private static String lastField(String text, String name) {
            String key = "\"" + name + "\":\"";
            int at = text.lastIndexOf(key);
            return at < 0 ? null : text.substring(at + key.length(), text.indexOf('"', at + key.length()));
        }
    }
}
