package org.tradeexecutor.execution.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.tradeexecutor.support.SignedWebhook;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench fanout}: market signals to the demo provider of a running server started with DEMO_FOLLOWERS;
 * measures the wall time until every follower's order of the first signal is settled and until the signal is EXECUTED
 * (every stop and target placed too; the time the floor's ratio is taken of for one signal), and the per-follower
 * signal→order latency (signal received → order stored and handed to the broker) of all signals from the executions'
 * rows (from the server's own timer in /metrics when it is not given the store).
 * With several signals, entries and exits alternate (one at a time). Given the store's URI, it also measures the floor
 * (issue #16): the documents the signals left in each collection, written again by the benchmark itself with one
 * {@code insertMany} per collection into the same store — what the store can do — and the ratio of our time to it.
 * Prints one line.
 */
public final class FanOutBenchmark {

    /** Pause between signals of a run (see main). */
    private static final long SETTLE_MILLIS = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int expected = Integer.parseInt(args[1]);
        int signals = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        StoreFloor floor = args.length > 3 ? StoreFloor.of(args[3]) : null;
        String host = "Basic " + Base64.getEncoder().encodeToString("host:demo".getBytes(StandardCharsets.UTF_8));
        JsonArray providers = array(get(base + "/api/community/providers", host, "application/json"));
        String providerId = providers.getJsonObject(0).getString("id");
        if (floor != null && signals > 1) {
            floor.unlimitedPlan();
        }
        Map<String, Long> before = floor == null ? Map.of() : floor.counts();
        long start = System.nanoTime();
        double firstAnswerMs = 0;
        double firstSignalSeconds = 0;
        double pausedSeconds = 0;
        double executedSeconds = 0;
        String signalId = null;
        long signedAt = 0;
        for (int n = 0; n < signals; n++) {
            // Entries and exits alternate, so that positions and the risk gate stay where they were.
            String body = n % 2 == 0 ? "BUY AAPL SL 180" : "closing AAPL here";
            long sent = System.nanoTime();
            // Each delivery signed with a second of its own: the same text signed in the same second is a replay, and is not traded again.
            signedAt = Math.max(Instant.now().getEpochSecond(), signedAt + 1);
            HttpResponse<String> accepted = HTTP.send(SignedWebhook.request(URI.create(base + "/api/webhooks/providers/" + providerId), "demo-secret", body, signedAt).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("Signal " + (n + 1) + " was not taken: " + accepted.statusCode() + " " + accepted.body());
            }
            String thisSignal = Json.createReader(new StringReader(accepted.body())).readObject().getString("signalId");
            if (n == 0) {
                firstAnswerMs = (System.nanoTime() - sent) / 1e6;
                signalId = thisSignal;
            }
            long deadline = System.currentTimeMillis() + 600_000;
            boolean oneByOne = floor != null && signals > 1;
            // Polled through /metrics: an authenticated poll would hash the password (PBKDF2) each time and starve the server.
            // A run of signals polls the signal's row instead (one read by id): rendering /metrics every few ms costs the server a core.
            long settled = 0;
            while (!oneByOne && System.currentTimeMillis() < deadline && settled < (long) expected * (n + 1)) {
                settled = settledOrders(get(base + "/metrics", null, "text/plain"));
                Thread.sleep(20);
            }
            while (oneByOne && System.currentTimeMillis() < deadline && !floor.executed(thisSignal)) {
                Thread.sleep(2);
            }
            if (n == 0) {
                firstSignalSeconds = (System.nanoTime() - sent) / 1e9;
            }
            // One signal: its entries settled, then the rest of its fan-out — every stop and target placed — until EXECUTED.
            while (!oneByOne && floor != null && System.currentTimeMillis() < deadline && !floor.executed(thisSignal)) {
                Thread.sleep(20);
            }
            if (n == 0) {
                executedSeconds = (System.nanoTime() - sent) / 1e9;
            }
            if (oneByOne) {
                // What the last signal set off after its orders (notifications, rollups, live updates) settles before the next:
                // this measures one signal's latency, as a provider's signals come seconds apart; the 1,000-follower run measures load.
                Thread.sleep(SETTLE_MILLIS);
                pausedSeconds += SETTLE_MILLIS / 1e3;
            }
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9 - pausedSeconds;
        String total = signals == 1 ? (floor == null ? "" : String.format(" wall_time_executed=%.2fs", executedSeconds))
                : String.format(" signals=%d wall_time_all_signals=%.2fs", signals, wallSeconds);
        Map<String, String> latency = floor != null ? quantiles(floor.signalToOrderMillis(null)) : timer(get(base + "/metrics", null, "text/plain"));
        String byLeg = "";
        if (floor != null && signals > 1) {
            Map<String, String> entries = quantiles(floor.signalToOrderMillis(OrderPlanner.ENTRY_LEG));
            Map<String, String> exits = quantiles(floor.signalToOrderMillis(OrderPlanner.EXIT_LEG));
            byLeg = String.format(" entry_p50=%s entry_p95=%s exit_p50=%s exit_p95=%s", entries.get("0.5"), entries.get("0.95"), exits.get("0.5"),
                    exits.get("0.95"));
        }
        JsonArray executions = array(get(base + "/api/signals/" + signalId + "/executions", host, "application/json"));
        long filled = executions.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("state").equals("FILLED")).count();
        String floorFigures = "";
        if (floor != null) {
            Thread.sleep(5_000); // the follow-up of the last fills (positions, protective orders, notifications) settles
            Map<String, Long> written = floor.writtenSince(before);
            double floorSeconds = floor.insertManyLike(written);
            floorFigures = String.format(" documents_written=%d floor_insertMany=%.2fs ratio_to_floor=%.1f written_by_collection=%s",
                    written.values().stream().mapToLong(Long::longValue).sum(), floorSeconds, (signals == 1 ? executedSeconds : wallSeconds) / floorSeconds,
                    written.toString().replace(" ", ""));
        }
        System.out.printf("followers=%d orders=%d filled=%d webhook_answer=%.0fms wall_time_all_orders=%.2fs%s signal_to_order_p50=%s "
                        + "signal_to_order_p95=%s signal_to_order_p99=%s signal_to_order_max=%s%s%s%n",
                expected, executions.size(), filled, firstAnswerMs, firstSignalSeconds, total, latency.get("0.5"), latency.get("0.95"),
                latency.get("0.99"), latency.get("max"), byLeg, floorFigures);
    }

    /** Orders that reached a final state: filled, rejected by the broker or by the risk gate. */
    private static long settledOrders(String metrics) {
        long settled = 0;
        Matcher counter = Pattern.compile("(?m)^executions_total\\{.*state=\"(filled|rejected|risk_rejected)\".*} ([0-9.eE+-]+)").matcher(metrics);
        while (counter.find()) {
            settled += (long) Double.parseDouble(counter.group(2));
        }
        return settled;
    }

    /** p50, p95, p99 and max of sorted milliseconds (nearest rank). */
    private static Map<String, String> quantiles(List<Long> sorted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String q : List.of("0.5", "0.95", "0.99")) {
            int rank = (int) Math.ceil(Double.parseDouble(q) * sorted.size());
            values.put(q, sorted.isEmpty() ? "n/a" : sorted.get(Math.max(0, rank - 1)) + "ms");
        }
        values.put("max", sorted.isEmpty() ? "n/a" : sorted.get(sorted.size() - 1) + "ms");
        return values;
    }

    /**
     * Without the store's URI: the quantiles of the execution_signal_to_order timer, in milliseconds. Payara Micro 6.2025.10 reports timers in
     * nanoseconds under a "_seconds" name.
     */
    private static Map<String, String> timer(String metrics) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher quantile = Pattern.compile("(?m)^execution_signal_to_order_seconds\\{.*quantile=\"([0-9.]+)\".*} ([0-9.eE+-]+)").matcher(metrics);
        while (quantile.find()) {
            values.put(quantile.group(1), String.format("%.0fms", Double.parseDouble(quantile.group(2)) / 1e6));
        }
        Matcher max = Pattern.compile("(?m)^execution_signal_to_order_seconds_max\\{.*} ([0-9.eE+-]+)").matcher(metrics);
        if (max.find()) {
            values.put("max", String.format("%.0fms", Double.parseDouble(max.group(1)) / 1e6));
        }
        return values;
    }

    private static String get(String url, String authorization, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
