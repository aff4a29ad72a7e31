package org.tradeexecutor.analytics.boundary;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.tradeexecutor.platform.control.EmbeddedMongoStore;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code scripts/bench dashboards}: seeds 1,000 members and 1,000,000 closed trades over two years from 20 providers
 * into a fresh embedded store (in bulk through the driver, in this process, the server stopped), then measures the server time
 * ({@code Server-Timing}) of 200 requests per dashboard call, after 20 of warm-up each, and the whole time of
 * exporting 10,000 trades as CSV. The demo trader holds 520,000 of the trades, so that page 10,000 (of 50) exists.
 * The floor is {@code GET /api/me} measured in the same run. Prints one line of name=value pairs.
 */
public final class DashboardsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int MEMBERS = 1000;
    /** The demo trader's share of the trades: at a million, 520,000, so that page 10,000 (of 50) exists. */
    private static final double WHALE_SHARE = 0.52;
    private static final int PROVIDERS = 20;
    private static final int RUNS = 200;
    private static final int AUDITS = 10_000;
    private static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA", "TSLA", "SPY", "QQQ", "AMZN", "META", "GOOG", "KO", "BTCUSD", "ETHUSD"};

    private DashboardsBenchmark() {
    }

    /**
     * {@code prepare <base> <mongoUri> <tokenFile>} on the running server: the community on a plan without limits, the 20 providers (through the host's API, as a host makes
     * them) and a read token for the demo trader. {@code seed <dataDir> [trades]} with the server stopped: the members and trades
     * written into the store file in this process, in bulk. {@code measure <base> <tokenFile>} on the server started again.
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], args[2], Path.of(args[3]));
            case "seed" -> seed(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
            case "measure" -> measure(args[1], Files.readAllLines(Path.of(args[2])));
            default -> throw new IllegalArgumentException("prepare | seed | measure");
        }
    }

    private static void prepare(String base, String mongoUri, Path tokenFile) throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            client.getDatabase("trade_executor").getCollection("communities").updateMany(new Document(), new Document("$set", new Document("plan", "ENTERPRISE")));
        }
        String host = basic("host");
        for (int p = 0; p < PROVIDERS; p++) {
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/community/providers")).header("Authorization", host)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench " + p + "\",\"type\":\"WEBHOOK\"}")));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("provider " + p + ": " + created.body());
            }
        }
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens")).header("Authorization", basic("trader"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"read\"}")));
        HttpResponse<String> hostToken = send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens")).header("Authorization", host)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"read\"}")));
        Files.writeString(tokenFile, "Bearer " + json(issued.body()).getString("token") + "\nBearer " + json(hostToken.body()).getString("token"));
    }

    private static void seed(Path dataDir, int trades) {
        int whaleTrades = (int) Math.round(trades * WHALE_SHARE);
        long seedStart = System.nanoTime();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.openForBulkLoad(dataDir); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("trade_executor");
            String communityId = db.getCollection("communities").find().first().getString("_id");
            String whale = db.getCollection("users").find(new Document("username", "trader")).first().getString("_id");
            List<String> providers = db.getCollection("providers").find(new Document("communityId", communityId)).map(d -> d.getString("_id"))
                    .into(new ArrayList<>()).stream().sorted().toList();
            List<String> members = new ArrayList<>();
            List<Document> users = new ArrayList<>();
            List<Document> memberships = new ArrayList<>();
            for (int m = 0; m < MEMBERS - 1; m++) {
                String id = new ObjectId().toHexString();
                members.add(id);
                users.add(new Document("_id", id).append("username", "bench-" + m).append("displayName", "Bench " + m).append("status", "ACTIVE")
                        .append("createdAt", new Date()));
                memberships.add(new Document("_id", communityId + ":" + id).append("communityId", communityId).append("userId", id)
                        .append("role", m % 10 == 0 ? "VIEWER" : "TRADER").append("status", m % 50 == 0 ? "SUSPENDED" : "ACTIVE")
                        .append("joinedAt", Date.from(Instant.now().minus(m % 730, ChronoUnit.DAYS))));
            }
            db.getCollection("users").insertMany(users);
            db.getCollection("memberships").insertMany(memberships);
            Random random = new Random(42);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            TradeHistorySeeder seeder = new TradeHistorySeeder(db);
            int perDay = trades / 730;
            int whalePerDay = whaleTrades / 730;
            int seeded = 0;
            for (int day = 729; day >= 0; day--) {
                // A day at a time, oldest first, so each day's documents are complete when written.
                int today = day == 0 ? trades - seeded : perDay;
                int whaleToday = day == 0 ? whaleTrades - whalePerDay * 729 : whalePerDay;
                Instant dayStart = now.truncatedTo(ChronoUnit.DAYS).minus(day, ChronoUnit.DAYS);
                long seconds = day == 0 ? Math.max(1, Duration.between(dayStart, now).toSeconds()) : 86_400;
                for (int i = 0; i < today; i++) {
                    String user = i < whaleToday ? whale : members.get(random.nextInt(members.size()));
                    Instant closed = dayStart.plusSeconds((long) (random.nextDouble() * seconds));
                    seeder.add(TradeHistorySeeder.random(random, communityId, user, providers.get(random.nextInt(PROVIDERS)),
                            SYMBOLS[random.nextInt(SYMBOLS.length)], closed));
                }
                seeded += today;
                seeder.flushDays();
                if (day % 73 == 0) {
                    System.err.printf("seeded %d trades in %.0f s%n", seeded, (System.nanoTime() - seedStart) / 1e9);
                }
            }
            seeder.write();
            seedCommunityDays(db, communityId, members, random, now);
            store.flush();
        }
        System.out.printf("seed_seconds=%.0f%n", (System.nanoTime() - seedStart) / 1e9);
    }

    /**
     * What the community dashboard reads besides the trades: the members' days (joins, the active), the signals' days,
     * and {@value #AUDITS} audit entries of the last ten days, as the application writes them.
     */
    private static void seedCommunityDays(MongoDatabase db, String communityId, List<String> members, Random random, Instant now) {
        List<Document> days = new ArrayList<>();
        List<Document> signalDays = new ArrayList<>();
        for (int day = 0; day < 730; day++) {
            String date = now.minus(day, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate().toString();
            List<String> active = members.stream().filter(m -> random.nextInt(3) == 0).toList();
            days.add(new Document("_id", communityId + "|" + date).append("day", date).append("joined", members.size() / 730 + 1).append("active", active));
            signalDays.add(new Document("_id", communityId + "|" + date).append("count", 20 + random.nextInt(60)));
        }
        // The server's own requests before the seeding may have opened today already: replaced.
        db.getCollection("community_days").deleteMany(new Document("_id", new Document("$in", days.stream().map(d -> d.get("_id")).toList())));
        db.getCollection("signal_counts").deleteMany(new Document("_id", new Document("$in", signalDays.stream().map(d -> d.get("_id")).toList())));
        db.getCollection("community_days").insertMany(days);
        db.getCollection("signal_counts").insertMany(signalDays);
        List<Document> audits = new ArrayList<>();
        for (int a = 0; a < AUDITS; a++) {
            Instant at = now.minusMillis((long) (random.nextDouble() * 10 * 86_400_000L));
            String member = members.get(random.nextInt(members.size()));
            audits.add(new Document("_id", communityId + "|" + new ObjectId(Date.from(at)).toHexString()).append("timestamp", Date.from(at))
                    .append("action", a % 3 == 0 ? "community.member_role_changed" : "auth.login").append("outcome", "SUCCESS")
                    .append("userId", member).append("username", "bench-" + a % 999).append("communityId", communityId).append("ipAddress", "10.0.0." + a % 250)
                    .append("userAgent", "bench").append("resource", "user " + member).append("detail", "seeded").append("before", "TRADER").append("after", "VIEWER"));
            if (audits.size() == 2000 || a == AUDITS - 1) {
                db.getCollection("security_audits").insertMany(audits);
                audits.clear();
            }
        }
    }

    private static void measure(String base, List<String> tokens) throws Exception {
        String token = tokens.get(0).trim();
        String hostToken = tokens.get(1).trim();
        Map<String, String> results = new LinkedHashMap<>();
        // The first calls after a start read the ledgers from the store: 20 providers', then the demo trader's.
        long coldStart = System.nanoTime();
        String providerId = json(send(get(base + "/api/providers/leaderboard?sort=followers&minTrades=0", token)).body())
                .getJsonArray("ranked").getJsonObject(0).getString("providerId");
        results.put("first_leaderboard_after_start_ms", String.format("%.0f", (System.nanoTime() - coldStart) / 1e6));
        coldStart = System.nanoTime();
        send(get(base + "/api/trader/summary", token));
        results.put("first_summary_after_start_ms", String.format("%.0f", (System.nanoTime() - coldStart) / 1e6));
        String from = Instant.now().minus(14, ChronoUnit.DAYS).toString();
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("floor_me", "/api/me");
        calls.put("summary", "/api/trader/summary");
        calls.put("trades_page1", "/api/trader/trades?page=0&size=50");
        calls.put("trades_page10000", "/api/trader/trades?page=10000&size=50");
        calls.put("trades_filtered_page1", "/api/trader/trades?symbol=AAPL&outcome=win&side=long&page=0&size=50");
        calls.put("trades_filtered_last", "/api/trader/trades?symbol=AAPL&outcome=win&side=long&page=%LAST%&size=50");
        calls.put("trades_sorted_pnl_page10000", "/api/trader/trades?sort=pnl,desc&page=10000&size=50");
        for (String period : new String[]{"7d", "30d", "90d", "1y", "all"}) {
            calls.put("performance_" + period, "/api/trader/performance?period=" + period + "&bucket=" + (period.equals("all") || period.equals("1y") ? "week" : "day"));
        }
        calls.put("provider_record", "/api/providers/" + providerId + "/record");
        calls.put("leaderboard", "/api/providers/leaderboard?sort=profitFactor&minTrades=20");
        long filteredTotal = Long.parseLong(send(get(base + "/api/trader/trades?symbol=AAPL&outcome=win&side=long&size=1", token)).headers()
                .firstValue("X-Total-Count").orElseThrow());
        for (Map.Entry<String, String> call : calls.entrySet()) {
            String path = call.getValue().replace("%LAST%", Long.toString(Math.max(0, (filteredTotal - 1) / 50)));
            results.put(call.getKey() + "_ms_p50/p95/p99", serverTimes(() -> send(get(base + path, token)), path));
        }
        // The pages, as the trader's browser asks for them (a signed-in session; the API token is not for pages).
        WebClient browser = new WebClient(URI.create(base).toURL());
        browser.signIn("trader", "demo");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("page_overview", "/dashboard/trader");
        pages.put("page_trades", "/dashboard/trader/trades");
        pages.put("page_leaderboard", "/dashboard/trader/leaderboard");
        pages.put("page_provider", "/dashboard/providers/" + providerId);
        pages.put("page_legacy", "/dashboard/legacy");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            results.put(page.getKey() + "_ms_p50/p95/p99", serverTimes(() -> browser.get(page.getValue()), page.getValue()));
        }
        measureCommunity(base, hostToken, results);
        String csvPath = "/api/trader/trades.csv?from=" + from + "&sort=closedAt,desc";
        long csvRows = 0;
        double[] csv = new double[20];
        send(get(base + csvPath, token));
        for (int r = 0; r < csv.length; r++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = send(get(base + csvPath, token));
            csv[r] = (System.nanoTime() - start) / 1e6;
            csvRows = answer.body().lines().count() - 1;
        }
        Arrays.sort(csv);
        results.put("csv_rows", Long.toString(csvRows));
        results.put("csv_total_ms_p50/p95", String.format("%.0f/%.0f", csv[10], csv[19]));
        results.put("filtered_total", Long.toString(filteredTotal));
        StringBuilder line = new StringBuilder();
        results.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        System.out.println(line.toString().trim());
    }

    /** The host's side (issue #13): members, overview, analytics, audit, their pages, and the audit CSV of ~10,000 rows. */
    private static void measureCommunity(String base, String hostToken, Map<String, String> results) throws Exception {
        long members = Long.parseLong(send(get(base + "/api/community/members?size=1", hostToken)).headers().firstValue("X-Total-Count").orElseThrow());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("members_search", "/api/community/members?search=bench-12&page=0&size=50");
        calls.put("members_filtered", "/api/community/members?role=trader&status=active&sort=joinedAt,desc&page=0&size=50");
        calls.put("members_page1", "/api/community/members?page=0&size=50");
        calls.put("members_last", "/api/community/members?page=" + (members - 1) / 50 + "&size=50");
        calls.put("community_overview", "/api/community/overview");
        calls.put("analytics_30d", "/api/community/analytics?from=" + today.minusDays(29) + "&to=" + today + "&groupBy=day");
        calls.put("analytics_2y", "/api/community/analytics?from=" + today.minusDays(729) + "&to=" + today + "&groupBy=week");
        calls.put("audit_page1", "/api/community/audit?page=0&size=50");
        calls.put("plan", "/api/community/plan");
        for (Map.Entry<String, String> call : calls.entrySet()) {
            results.put(call.getKey() + "_ms_p50/p95/p99", serverTimes(() -> send(get(base + call.getValue(), hostToken)), call.getValue()));
        }
        WebClient host = new WebClient(URI.create(base).toURL());
        host.signIn("host", "demo");
        for (String page : List.of("/dashboard/community", "/dashboard/community/members", "/dashboard/community/analytics",
                "/dashboard/community/audit", "/dashboard/community/plan")) {
            results.put("page_" + page.replace("/dashboard/", "").replace('/', '_') + "_ms_p50/p95/p99", serverTimes(() -> host.get(page), page));
        }
        double[] csv = new double[10];
        long rows = 0;
        send(get(base + "/api/community/audit.csv", hostToken));
        for (int r = 0; r < csv.length; r++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = send(get(base + "/api/community/audit.csv", hostToken));
            csv[r] = (System.nanoTime() - start) / 1e6;
            rows = answer.body().lines().count() - 1;
        }
        Arrays.sort(csv);
        results.put("audit_csv_rows", Long.toString(rows));
        results.put("audit_csv_total_ms_p50/max", String.format("%.0f/%.0f", csv[5], csv[9]));
    }

    /** p50/p95/p99 of the server's own time (Server-Timing) over {@link #RUNS} answers, after 20 of warm-up. */
    private static String serverTimes(Callable<HttpResponse<String>> call, String what) throws Exception {
        for (int warm = 0; warm < 20; warm++) {
            call.call();
        }
        double[] server = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            HttpResponse<String> answer = call.call();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(what + ": " + answer.statusCode() + " " + answer.body());
            }
            server[r] = Double.parseDouble(answer.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
        }
        Arrays.sort(server);
        return String.format("%.1f/%.1f/%.1f", server[RUNS / 2], server[RUNS * 95 / 100], server[RUNS * 99 / 100]);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String url, String authorization) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
