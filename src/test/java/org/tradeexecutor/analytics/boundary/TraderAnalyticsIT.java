package org.tradeexecutor.analytics.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.portfolio.entity.Trade;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TestSymbols;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.text.NumberFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trader's analytics over HTTP (PRODUCT P1–P4, X2): every figure is recomputed here from the trades collection
 * itself, not from the ledgers the server reads. Histories are seeded in bulk ({@link TradeHistorySeeder}); one round
 * trip goes through the paper broker to show bookings reach the ledgers.
 */
@ExtendWith(ArquillianExtension.class)
class TraderAnalyticsIT {

    private static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA"};

    @ArquillianResource
    URL base;

    /** A trader of a fresh community with 240 seeded trades over 400 days (some today) from two providers. */
    private record History(TradingCommunity community, WebClient trader, String userId, String secondProviderId) {
    }

    private History history(String name) {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader(name, "ON");
        String userId = Fixtures.user(community.username(name)).getString("_id");
        JsonObject second = WebClient.json(community.host.sendJson("POST", "/api/community/providers", "{\"name\":\"=HYPERLINK(1)\",\"type\":\"WEBHOOK\"}"));
        String secondId = second.getJsonObject("provider").getString("id");
        Random random = new Random(name.hashCode());
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 240; i++) {
            Instant closed = i < 6 ? now.minusSeconds(60L * (i + 1)) : now.minusSeconds(3600L * 40 * i + random.nextInt(3600));
            seeder.add(TradeHistorySeeder.random(random, community.communityId, userId, i % 3 == 0 ? secondId : community.providerId,
                    SYMBOLS[i % SYMBOLS.length], closed));
        }
        seeder.write();
        return new History(community, trader, userId, secondId);
    }

    /** Pages need a signed-in session (the API takes Basic). */
    private WebClient signedIn(History h, String name) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(h.community().username(name), "demo").statusCode());
        return client;
    }

    private static List<Document> tradesOf(String userId) {
        return TestStore.database().getCollection("trades").find(new Document("userId", userId)).into(new ArrayList<>());
    }

    private static BigDecimal decimal(Document d, String field) {
        return ((Decimal128) d.get(field)).bigDecimalValue();
    }

    private static Instant closedAt(Document d) {
        return d.getDate("closedAt").toInstant();
    }

    private static void same(BigDecimal expected, JsonObject json, String field) {
        assertEquals(0, expected.compareTo(json.getJsonNumber(field).bigDecimalValue()), field + ": expected " + expected + " in " + json);
    }

    private static BigDecimal realisedSince(List<Document> trades, Instant from) {
        return trades.stream().filter(t -> !closedAt(t).isBefore(from)).map(t -> decimal(t, "pnl")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theSummaryIsWhatTheTradesAddUpToInTheTradersTimeZone() {
        History h = history("summed");
        for (String zone : new String[]{"UTC", "Pacific/Kiritimati"}) {
            HttpResponse<String> changed = h.trader().sendJson("PUT", "/api/me/time-zone", "{\"timeZone\":\"" + zone + "\"}");
            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject summary = WebClient.json(h.trader().get("/api/trader/summary"));
            List<Document> trades = tradesOf(h.userId());
            ZoneId z = ZoneId.of(zone);
            LocalDate today = LocalDate.now(z);
            same(realisedSince(trades, today.atStartOfDay(z).toInstant()), summary, "realisedToday");
            same(realisedSince(trades, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(z).toInstant()), summary, "realisedWeek");
            same(realisedSince(trades, today.withDayOfMonth(1).atStartOfDay(z).toInstant()), summary, "realisedMonth");
            BigDecimal total = realisedSince(trades, Instant.EPOCH);
            same(total, summary, "realisedTotal");
            same(total, summary, "pnlTotal"); // nothing open
            long wins = trades.stream().filter(t -> decimal(t, "pnl").signum() > 0).count();
            long losses = trades.stream().filter(t -> decimal(t, "pnl").signum() < 0).count();
            assertEquals(240, summary.getInt("trades"));
            assertEquals(wins, summary.getInt("wins"));
            assertEquals(losses, summary.getInt("losses"));
            same(BigDecimal.valueOf(wins).divide(BigDecimal.valueOf(240), 4, java.math.RoundingMode.HALF_UP), summary, "winRate");
            BigDecimal grossWin = trades.stream().map(t -> decimal(t, "pnl")).filter(p -> p.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal grossLoss = trades.stream().map(t -> decimal(t, "pnl")).filter(p -> p.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add).abs();
            same(grossWin.divide(grossLoss, 4, java.math.RoundingMode.HALF_UP), summary, "profitFactor");
            Map<String, BigDecimal> bySymbol = trades.stream().collect(Collectors.groupingBy(t -> t.getString("symbol"),
                    Collectors.reducing(BigDecimal.ZERO, t -> decimal(t, "pnl"), BigDecimal::add)));
            assertEquals(bySymbol.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(), summary.getString("bestSymbol"));
            assertEquals(bySymbol.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey(), summary.getString("worstSymbol"));
            assertEquals(1, summary.getInt("followedProviders"));
        }
        HttpResponse<String> wrongZone = h.trader().sendJson("PUT", "/api/me/time-zone", "{\"timeZone\":\"Mars/Olympus\"}");
        assertEquals(400, wrongZone.statusCode());
        assertEquals("invalid_request", WebClient.json(wrongZone).getString("error"));
    }

    @Test
    void historyFiltersSortsPagesAndExportsExactlyTheFilteredRows() throws Exception {
        History h = history("filtered");
        List<Document> trades = tradesOf(h.userId());
        Instant from = Instant.now().minus(200, ChronoUnit.DAYS);
        Predicate<Document> wanted = t -> t.getString("symbol").equals("MSFT") && !closedAt(t).isBefore(from) && decimal(t, "pnl").signum() > 0
                && t.getString("direction").equals("LONG");
        List<String> expected = trades.stream().filter(wanted).sorted(Comparator.comparing((Document t) -> decimal(t, "pnl")).reversed()
                .thenComparing(TraderAnalyticsIT::closedAt, Comparator.reverseOrder())).map(t -> t.getString("_id")).toList();
        assertTrue(expected.size() > 5, "the fixture has something to filter: " + expected.size());
        String query = "symbol=msft&side=long&outcome=win&from=" + from + "&sort=pnl,desc";
        List<String> paged = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = h.trader().get("/api/trader/trades?" + query + "&size=4&page=" + page);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(String.valueOf(expected.size()), answer.headers().firstValue("X-Total-Count").orElseThrow());
            assertTrue(answer.headers().firstValue("Server-Timing").orElseThrow().startsWith("app;dur="));
            JsonArray rows = WebClient.jsonArray(answer);
            if (rows.isEmpty()) {
                break;
            }
            rows.forEach(r -> paged.add(r.asJsonObject().getString("id")));
        }
        assertEquals(expected.stream().sorted().toList(), paged.stream().sorted().toList(), "the pages hold exactly the matching trades");
        Map<String, BigDecimal> pnlById = trades.stream().collect(Collectors.toMap(t -> t.getString("_id"), t -> decimal(t, "pnl")));
        for (int k = 1; k < paged.size(); k++) {
            assertTrue(pnlById.get(paged.get(k - 1)).compareTo(pnlById.get(paged.get(k))) >= 0, "sorted by pnl, highest first");
        }

        HttpResponse<String> csv = h.trader().get("/api/trader/trades.csv?" + query);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertEquals(paged, records.stream().map(r -> r.get("tradeId")).toList(), "the CSV holds the filtered rows in the same order");
        CSVRecord first = records.get(0);
        Document firstTrade = trades.stream().filter(t -> t.getString("_id").equals(first.get("tradeId"))).findFirst().orElseThrow();
        assertEquals(closedAt(firstTrade).toString(), first.get("closedAt"), "ISO-8601 UTC");
        assertEquals(0, decimal(firstTrade, "pnl").compareTo(new BigDecimal(first.get("pnl"))));

        // A provider named like a formula is written so that a spreadsheet shows it as text.
        HttpResponse<String> second = h.trader().get("/api/trader/trades.csv?provider=" + h.secondProviderId());
        List<CSVRecord> fromSecond = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(second.body())).getRecords();
        assertEquals(trades.stream().filter(t -> t.getString("providerId").equals(h.secondProviderId())).count(), fromSecond.size());
        assertEquals("'=HYPERLINK(1)", fromSecond.get(0).get("provider"));

        // Page 1 and a page far past the end: the same total, the far page empty.
        HttpResponse<String> far = h.trader().get("/api/trader/trades?page=10000&size=50");
        assertEquals("240", far.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(0, WebClient.jsonArray(far).size());
        JsonArray newest = WebClient.jsonArray(h.trader().get("/api/trader/trades?size=3"));
        List<String> newestExpected = trades.stream().sorted(Comparator.comparing(TraderAnalyticsIT::closedAt).reversed()).limit(3).map(t -> t.getString("_id")).toList();
        assertEquals(newestExpected, newest.stream().map(v -> v.asJsonObject().getString("id")).toList(), "newest first by default");
    }

    @Test
    void anotherTradersHistoryIsNeverVisible() {
        History h = history("private");
        WebClient other = h.community().trader("neighbour", null);
        HttpResponse<String> trades = other.get("/api/trader/trades");
        assertEquals("0", trades.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(0, WebClient.json(other.get("/api/trader/summary")).getInt("trades"));
        assertTrue(other.get("/api/trader/trades.csv").body().lines().count() == 1, "only the header row");
        // A provider of another community is not found, record nor equity.
        TradingCommunity elsewhere = new TradingCommunity(base);
        assertEquals(404, h.trader().get("/api/providers/" + elsewhere.providerId + "/record").statusCode());
        assertEquals(404, h.trader().get("/api/providers/" + elsewhere.providerId + "/equity").statusCode());
        assertEquals(404, h.trader().get("/api/providers/no-such-provider/record").statusCode());
        // Its page neither; the own community's provider has one.
        WebClient pages = signedIn(h, "private");
        assertEquals(404, pages.get("/dashboard/providers/" + elsewhere.providerId).statusCode());
        assertEquals(404, pages.get("/dashboard/providers/" + h.community().providerId + "/more").statusCode());
        HttpResponse<String> providerPage = pages.get("/dashboard/providers/" + h.community().providerId);
        assertEquals(200, providerPage.statusCode());
        assertTrue(providerPage.headers().firstValue("Server-Timing").orElse("").startsWith("app;dur="), "a forwarded page is timed too");
    }

    /** PRODUCT F3: the legacy page (for users outside the rollout) shows the trader's own summary and last ten trades. */
    @Test
    void theLegacyPageShowsTheTradersOwnSummaryAndRecentTrades() {
        History h = history("old-timer");
        List<Document> trades = tradesOf(h.userId());
        String page = signedIn(h, "old-timer").get("/dashboard/legacy").body();
        List<String> shown = Pattern.compile("data-trade=\"([^\"]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        List<String> newest = trades.stream().sorted(Comparator.comparing(TraderAnalyticsIT::closedAt).reversed()).limit(10)
                .map(t -> t.getString("_id")).toList();
        assertEquals(newest, shown, "the ten newest trades, newest first");
        BigDecimal total = trades.stream().map(t -> decimal(t, "pnl")).reduce(BigDecimal.ZERO, BigDecimal::add);
        String expected = NumberFormat.getCurrencyInstance(Locale.US).format(total);
        assertTrue(page.contains(expected), "realised in all " + expected + " is on the page");
        h.community().trader("next-door", null);
        assertTrue(!signedIn(h, "next-door").get("/dashboard/legacy").body().contains(newest.get(0)), "nobody else's trades");
    }

    @Test
    void badParametersAreRefusedByName() {
        WebClient trader = new TradingCommunity(base).trader("careless", null);
        Map<String, String> refused = Map.ofEntries(
                Map.entry("/api/trader/trades?sort=colour,desc", "sort"),
                Map.entry("/api/trader/trades?sort=pnl,sideways", "sort"),
                Map.entry("/api/trader/trades?size=501", "size"),
                Map.entry("/api/trader/trades?size=0", "size"),
                Map.entry("/api/trader/trades?page=-1", "page"),
                Map.entry("/api/trader/trades?page=two", "page"),
                Map.entry("/api/trader/trades?from=2026-12-01&to=2026-11-01", "from"),
                Map.entry("/api/trader/trades?from=yesterday", "from"),
                Map.entry("/api/trader/trades?to=2026-13-45", "to"),
                Map.entry("/api/trader/trades?side=up", "side"),
                Map.entry("/api/trader/trades?outcome=maybe", "outcome"),
                Map.entry("/api/trader/trades.csv?sort=%00", "sort"),
                Map.entry("/api/trader/performance?period=2w", "period"),
                Map.entry("/api/trader/performance?bucket=hour", "bucket"),
                Map.entry("/api/providers/leaderboard?sort=luck", "sort"),
                Map.entry("/api/providers/leaderboard?minTrades=many", "minTrades"));
        refused.forEach((path, parameter) -> {
            HttpResponse<String> answer = trader.get(path);
            assertEquals(400, answer.statusCode(), path + " " + answer.body());
            JsonObject error = WebClient.json(answer);
            assertEquals("invalid_request", error.getString("error"), path);
            assertTrue(error.getString("message").startsWith(parameter + ":"), path + " names " + parameter + ": " + error.getString("message"));
        });
    }

    @Test
    void thePerformanceChartBucketsTheRealisedPnl() {
        History h = history("charted");
        List<Document> trades = tradesOf(h.userId());
        JsonObject chart = WebClient.json(h.trader().get("/api/trader/performance?period=30d&bucket=day"));
        assertEquals("30d", chart.getString("period"));
        JsonArray points = chart.getJsonArray("points");
        assertEquals(30, points.size());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            JsonObject point = points.getJsonObject(i);
            LocalDate day = today.minusDays(29 - i);
            assertEquals(day.atStartOfDay(ZoneOffset.UTC).toInstant().toString(), point.getString("start"));
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = start.plus(1, ChronoUnit.DAYS);
            List<Document> inDay = trades.stream().filter(t -> !closedAt(t).isBefore(start) && closedAt(t).isBefore(end)).toList();
            BigDecimal pnl = inDay.stream().map(t -> decimal(t, "pnl")).reduce(BigDecimal.ZERO, BigDecimal::add);
            cumulative = cumulative.add(pnl);
            same(pnl, point, "pnl");
            same(cumulative, point, "cumulativePnl");
            assertEquals(inDay.size(), point.getInt("trades"));
            assertEquals(inDay.stream().filter(t -> decimal(t, "pnl").signum() > 0).count(), point.getInt("wins"));
            assertNotNull(point.get("drawdownPercent"));
        }
        JsonArray months = WebClient.json(h.trader().get("/api/trader/performance?period=all&bucket=month")).getJsonArray("points");
        BigDecimal all = months.stream().map(p -> p.asJsonObject().getJsonNumber("pnl").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, realisedSince(trades, Instant.EPOCH).compareTo(all), "every trade is in some month");
        assertEquals(240, months.stream().mapToInt(p -> p.asJsonObject().getInt("trades")).sum());
        for (JsonValue p : months) {
            Instant start = Instant.parse(p.asJsonObject().getString("start"));
            assertEquals(1, start.atZone(ZoneOffset.UTC).getDayOfMonth(), "months start on the first");
        }
    }

    @Test
    void aProvidersRecordIsRecomputableFromItsTradesAndTheLeaderboardRanksIt() {
        History h = history("ranked");
        String provider = h.community().providerId;
        List<Document> trades = TestStore.database().getCollection("trades").find(new Document("providerId", provider)).into(new ArrayList<>());
        trades.sort(Comparator.comparing(TraderAnalyticsIT::closedAt));
        JsonObject record = WebClient.json(h.trader().get("/api/providers/" + provider + "/record"));
        assertEquals(provider, record.getString("providerId"));
        assertEquals("Alerts", record.getString("name"));
        assertEquals(trades.size(), record.getInt("trades"));
        assertEquals(1, record.getInt("followers"));
        List<BigDecimal> percents = trades.stream().map(t -> decimal(t, "pnlPercent")).toList();
        List<BigDecimal> wins = trades.stream().filter(t -> decimal(t, "pnl").signum() > 0).map(t -> decimal(t, "pnlPercent")).toList();
        List<BigDecimal> losses = trades.stream().filter(t -> decimal(t, "pnl").signum() < 0).map(t -> decimal(t, "pnlPercent").abs()).toList();
        assertEquals(wins.size(), record.getInt("wins"));
        assertEquals(losses.size(), record.getInt("losses"));
        BigDecimal winSum = wins.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lossSum = losses.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        close(winSum.divide(lossSum, MathContext.DECIMAL64), record, "profitFactor");
        close(winSum.divide(BigDecimal.valueOf(wins.size()), MathContext.DECIMAL64), record, "averageWinPercent");
        close(lossSum.divide(BigDecimal.valueOf(losses.size()), MathContext.DECIMAL64), record, "averageLossPercent");
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        BigDecimal drawdown = BigDecimal.ZERO;
        for (BigDecimal p : percents) {
            cumulative = cumulative.add(p);
            high = high.max(cumulative);
            drawdown = drawdown.max(high.subtract(cumulative));
        }
        close(drawdown, record, "maxDrawdownPercent");
        close(percents.stream().max(Comparator.naturalOrder()).orElseThrow(), record, "bestTradePercent");
        assertNotNull(record.get("sharpe"));

        JsonObject board = WebClient.json(h.trader().get("/api/providers/leaderboard?sort=winRate&minTrades=100"));
        assertEquals("winRate", board.getString("sort"));
        List<String> ranked = board.getJsonArray("ranked").stream().map(v -> v.asJsonObject().getString("providerId")).toList();
        List<String> apart = board.getJsonArray("notEnoughTrades").stream().map(v -> v.asJsonObject().getString("providerId")).toList();
        assertEquals(List.of(provider), ranked, "160 trades: ranked");
        assertEquals(List.of(h.secondProviderId()), apart, "80 trades: not enough for 100");
        JsonArray equity = WebClient.jsonArray(h.trader().get("/api/providers/" + provider + "/equity"));
        close(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add), equity.getJsonObject(equity.size() - 1), "cumulativePercent");
    }

    private static void close(BigDecimal expected, JsonObject json, String field) {
        BigDecimal actual = json.getJsonNumber(field).bigDecimalValue();
        assertTrue(expected.subtract(actual).abs().compareTo(new BigDecimal("0.0001")) <= 0, field + ": expected " + expected + ", was " + actual);
    }

    @Test
    void aRealRoundTripReachesTheLedgersAndTheExecutionRateCountsEntriesSinceFollowing() {
        TradingCommunity community = new TradingCommunity(base);
        community.signal("BUY " + TestSymbols.fresh("ER") + " @ 1 SL 0.5"); // before following: not counted
        WebClient trader = community.trader("rated", "ON");
        String filled = community.signal("BUY SPY SL 500 TP 580"); // fills at 590, and its target below closes the trade at once
        community.awaitExecutions(filled, 1, TradingCommunity::settled);
        String resting = community.signal("BUY " + TestSymbols.fresh("ER") + " @ 1 SL 0.5"); // a limit far below: accepted, not filled
        community.awaitExecutions(resting, 1, e -> "ACCEPTED".equals(e.getString("state")));
        Eventually.until(() -> WebClient.json(trader.get("/api/trader/summary")).getInt("trades") == 1, "the round trip closed");
        JsonObject summary = WebClient.json(trader.get("/api/trader/summary"));
        String userId = Fixtures.user(community.username("rated")).getString("_id");
        assertEquals(0, new BigDecimal("0.5").compareTo(summary.getJsonNumber("executionRate").bigDecimalValue()), () -> "one of two entries filled: "
                + summary + " from " + TestStore.database().getCollection("follow_counters").find(new Document("_id", new Document("$in",
                List.of("follow|" + userId + "|" + community.providerId, "provider|" + community.providerId)))).into(new ArrayList<>()));
        Document trade = tradesOf(userId).get(0);
        same(decimal(trade, "pnl"), summary, "realisedTotal");
        JsonObject record = WebClient.json(trader.get("/api/providers/" + community.providerId + "/record"));
        assertEquals(1, record.getInt("trades"));
        assertEquals(3, record.getInt("signals"), "three valid signals");
    }

    /**
     * The ledgers stay in memory: asking again reads no day from the store, and a trade that closes makes its
     * ledgers read again only the day it closed on (here today), not the hundreds of days before.
     */
    @Test
    void theLedgersStayInMemoryAndATradeRereadsOnlyItsDay() {
        History h = history("held");
        String board = "/api/providers/leaderboard?sort=profitFactor&minTrades=20";
        String record = "/api/providers/" + h.community().providerId + "/record";
        List.of(board, record, "/api/trader/summary", "/api/trader/trades?size=50").forEach(path -> h.trader().get(path));
        double read = Eventually.metric(base, "analytics_ledger_days_read");
        assertTrue(Eventually.metric(base, "analytics_ledgers_held") >= 3, "the trader's and both providers' ledgers are held");
        for (int again = 0; again < 3; again++) {
            List.of(board, record, "/api/trader/summary", "/api/trader/trades?size=50").forEach(path -> h.trader().get(path));
        }
        assertEquals(read, Eventually.metric(base, "analytics_ledger_days_read"), "asked again: nothing read");

        String filled = h.community().signal("BUY SPY SL 500 TP 580"); // fills at 590, and its target below closes the trade at once
        h.community().awaitExecutions(filled, 1, TradingCommunity::settled);
        Eventually.until(() -> WebClient.json(h.trader().get("/api/trader/summary")).getInt("trades") == 241, "the round trip closed");
        Eventually.until(() -> WebClient.json(h.trader().get(record)).getInt("trades") == 161, "the provider's record counts it");
        double reread = Eventually.metric(base, "analytics_ledger_days_read") - read;
        assertTrue(reread >= 2 && reread < 10, "today's day of the trader and of the provider read again, not all " + reread);
    }

    @Test
    void kellySizesFromTheProvidersRecordOnceItHasTwentyTrades() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("kelly", "ON");
        JsonObject profile = WebClient.json(trader.get("/api/trader/risk-profile")).getJsonObject("profile");
        HttpResponse<String> kelly = trader.sendJson("PUT", "/api/trader/risk-profile", profile.toString()
                .replaceFirst("\"sizingMode\":\"[A-Z_]+\"", "\"sizingMode\":\"KELLY\""));
        assertEquals(200, kelly.statusCode(), kelly.body());
        String young = community.signal("BUY " + TestSymbols.fresh("KY") + " @ 10 SL 9");
        String reason = community.awaitExecutions(young, 1, e -> !"PLANNED".equals(e.getString("state"))).values().iterator().next().getString("reason");
        assertTrue(reason.contains("Kelly sizing needs 20 closed trades of this provider; it has 0, so sized RISK_BASED instead"), reason);

        // 25 trades of another follower: 60 % wins of +4 %, 40 % losses of −2 % → Kelly 0.6 − 0.4 ÷ 2 = 40 %, capped by the profile.
        String follower = Fixtures.createUser(community.username("record-keeper"), "ACTIVE", null);
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Instant now = Instant.now();
        for (int i = 0; i < 25; i++) {
            boolean win = i % 5 < 3;
            seeder.add(TradeHistorySeeder.trade(community.communityId, follower, community.providerId, "KO", false, BigDecimal.TEN,
                    new BigDecimal("100"), new BigDecimal(win ? "104" : "98"), BigDecimal.ZERO, now.minusSeconds(7200L * (i + 2)), now.minusSeconds(7200L * (i + 1))));
        }
        seeder.write();
        String grown = community.signal("BUY " + TestSymbols.fresh("KY") + " @ 10 SL 9");
        String sized = community.awaitExecutions(grown, 1, e -> !"PLANNED".equals(e.getString("state"))).values().iterator().next().getString("reason");
        assertTrue(sized.matches("Sized: Kelly [0-9.]+ % of .*"), sized);
    }
}
