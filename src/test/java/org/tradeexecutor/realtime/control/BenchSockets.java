package org.tradeexecutor.realtime.control;

import jakarta.json.Json;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** What the WebSocket benchmarks share: opening many clients, the demo provider, percentiles. */
final class BenchSockets {

    private static final int HTTP_CLIENTS = 8;
    private static final int AT_ONCE = 100;

    private BenchSockets() {
    }

    /**
     * Opens {@code count} WebSocket clients spread over eight HTTP/1.1 clients, a hundred at a time; each listener is
     * made just before its socket opens (so that it can time its own connect).
     *
     * @param cookieOf the Cookie header of the i-th client; null for none
     */
    static List<WebSocket> openAll(URI uri, int count, IntFunction<? extends WebSocket.Listener> listenerOf, IntFunction<String> cookieOf) throws Exception {
        List<HttpClient> pool = new ArrayList<>();
        for (int i = 0; i < HTTP_CLIENTS; i++) {
            pool.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebSocket.Builder builder = pool.get(i % pool.size()).newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
            if (cookieOf != null) {
                builder.header("Cookie", cookieOf.apply(i));
            }
            opening.add(builder.buildAsync(uri, listenerOf.apply(i)));
            if (i % AT_ONCE == AT_ONCE - 1) {
                CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return opening.stream().map(CompletableFuture::join).toList();
    }

    /** The id of the demo community's first provider (the host's view). */
    static String demoProviderId(String base) throws Exception {
        String providers = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(base + "/api/community/providers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("host:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(providers)).readArray().getJsonObject(0).getString("id");
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
