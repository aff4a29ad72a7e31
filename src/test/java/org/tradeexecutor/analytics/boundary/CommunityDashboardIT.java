package org.tradeexecutor.analytics.boundary;

import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.signals.entity.Instrument;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The community overview and analytics (PRODUCT P5, P6): every figure recomputed here from the rows underneath — the
 * trades, the signals, the memberships and the members' requests — never from the rollups the server reads.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityDashboardIT {

    @ArquillianResource
    URL base;

    private static List<Document> trades(String communityId) {
        return TestStore.database().getCollection("trades").find(new Document("communityId", communityId)).into(new ArrayList<>());
    }

    private static BigDecimal pnl(List<Document> trades) {
        return trades.stream().map(t -> ((Decimal128) t.get("pnl")).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate dayOf(Document trade) {
        return LocalDate.ofInstant(trade.getDate("closedAt").toInstant(), ZoneOffset.UTC);
    }

    private static BigDecimal money(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue().setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void theOverviewCountsMembersSignalsAndPnlFromWhatHappened() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient follower = community.trader("follower", "ON");
        follower.get("/api/me"); // a request: active today
        String code = WebClient.json(community.host.sendJson("POST", "/api/community/invites", "{\"role\":\"trader\",\"maxUses\":5,\"days\":1}")).getString("code");
        for (String name : List.of("joiner-a", "joiner-b")) {
            Fixtures.createUser(community.username(name), "ACTIVE", null);
            assertEquals(201, new WebClient(base).basic(community.username(name), "demo").sendJson("POST", "/api/me/memberships",
                    "{\"inviteCode\":\"" + code + "\"}").statusCode());
        }
        community.awaitExecutions(community.signal("BUY SPY SL 500 TP 580"), 1, TradingCommunity::settled); // a round trip: a trade
        Eventually.until(() -> !trades(community.communityId).isEmpty(), "the round trip is booked");
        community.signal("BUY KO SL 1");

        JsonObject overview = WebClient.json(community.host.get("/api/community/overview"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long members = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", community.communityId));
        assertEquals(members, overview.getInt("totalMembers"));
        long joinedThisMonth = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", community.communityId)
                .append("joinedAt", new Document("$gte", java.util.Date.from(today.withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC)))));
        assertEquals(2, overview.getInt("newThisMonth"), "the two who joined by invite (" + joinedThisMonth + " memberships are from this month)");
        long activeToday = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", community.communityId)
                .append("lastActiveAt", new Document("$gte", java.util.Date.from(today.atStartOfDay().toInstant(ZoneOffset.UTC)))));
        assertEquals(activeToday, overview.getInt("activeToday"), "members with a request today");
        assertTrue(overview.getInt("activeThisWeek") >= overview.getInt("activeToday"));

        List<JsonObject> growth = overview.getJsonArray("growth").getValuesAs(JsonObject.class);
        assertEquals(90, growth.size());
        assertEquals(today.toString(), growth.get(89).getString("day"));
        assertEquals(members, growth.get(89).getInt("members"));
        assertEquals(members - 2, growth.get(88).getInt("members"), "yesterday: before the two joined");

        long signalsToday = TestStore.database().getCollection("signals").countDocuments(new Document("communityId", community.communityId)
                .append("refusal", null).append("parseStatus", "VALID"));
        assertEquals(signalsToday, overview.getInt("signalsToday"));
        assertTrue(overview.getInt("signalsThisMonth") >= overview.getInt("signalsThisWeek"));
        List<Document> booked = trades(community.communityId);
        assertEquals(pnl(booked.stream().filter(t -> dayOf(t).equals(today)).toList()), money(overview.getJsonObject("pnl"), "today"));

        List<JsonObject> inputs = overview.getJsonArray("healthInputs").getValuesAs(JsonObject.class);
        assertEquals(List.of("engagement", "signalFlow", "growth", "results"), inputs.stream().map(i -> i.getString("name")).toList());
        double score = inputs.stream().mapToDouble(i -> i.getJsonNumber("score").doubleValue() * i.getInt("weight")).sum();
        assertEquals(Math.round(score), overview.getInt("healthScore"));
        JsonObject engagement = inputs.get(0);
        assertEquals(BigDecimal.valueOf(overview.getInt("activeThisWeek")).divide(BigDecimal.valueOf(members), 4, RoundingMode.HALF_UP),
                engagement.getJsonNumber("value").bigDecimalValue());
        assertEquals(community.providerId, overview.getJsonArray("topProviders").getJsonObject(0).getString("providerId"));

        assertEquals(403, follower.get("/api/community/overview").statusCode(), "hosts only");
    }

    @Test
    void theAnalyticsSplitTheTradesByBucketProviderAssetClassAndTrader() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        String second = WebClient.json(community.host.sendJson("POST", "/api/community/providers", "{\"name\":\"Crypto calls\",\"type\":\"WEBHOOK\"}"))
                .getJsonObject("provider").getString("id");
        List<String> traders = new ArrayList<>();
        for (String name : List.of("t1", "t2", "t3")) {
            community.trader(name, null);
            traders.add(Fixtures.user(community.username(name)).getString("_id"));
        }
        Random random = new Random(13);
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < 300; i++) {
            String symbol = List.of("AAPL", "MSFT", "BTCUSD", "EURUSD").get(i % 4);
            seeder.add(TradeHistorySeeder.random(random, community.communityId, traders.get(i % 3), i % 2 == 0 ? community.providerId : second, symbol,
                    now.minus(random.nextInt(70 * 24 * 60), ChronoUnit.MINUTES)));
        }
        seeder.write();
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", "{\"rankTraders\":true}").statusCode());
        WebClient t1 = new WebClient(base).basic(community.username("t1"), "demo");
        assertEquals(200, t1.sendJson("PUT", "/api/me/memberships/" + community.communityId, "{\"showInRankings\":true}").statusCode());
        assertEquals(404, t1.sendJson("PUT", "/api/me/memberships/someone-elses", "{\"showInRankings\":true}").statusCode());
        assertEquals(400, t1.sendJson("PUT", "/api/me/memberships/" + community.communityId, "{}").statusCode());

        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(40);
        HttpResponse<String> answer = community.host.get("/api/community/analytics?from=" + from + "&to=" + to + "&groupBy=week");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject report = WebClient.json(answer);
        List<Document> inRange = trades(community.communityId).stream().filter(t -> !dayOf(t).isBefore(from) && !dayOf(t).isAfter(to)).toList();
        assertEquals(inRange.size(), report.getJsonObject("totals").getInt("trades"));
        assertEquals(pnl(inRange), money(report.getJsonObject("totals"), "pnl"));

        Map<LocalDate, List<Document>> byWeek = inRange.stream().collect(Collectors.groupingBy(t -> dayOf(t).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        for (JsonObject bucket : report.getJsonArray("buckets").getValuesAs(JsonObject.class)) {
            List<Document> week = byWeek.getOrDefault(LocalDate.parse(bucket.getString("start")), List.of());
            assertEquals(week.size(), bucket.getJsonObject("figures").getInt("trades"), bucket.toString());
            assertEquals(pnl(week), money(bucket.getJsonObject("figures"), "pnl"));
        }
        assertSlices(report, "byProvider", inRange, t -> t.getString("providerId"));
        assertSlices(report, "byAssetClass", inRange, t -> Instrument.of(t.getString("symbol")).assetClass().name());
        List<JsonObject> top = report.getJsonArray("topTraders").getValuesAs(JsonObject.class);
        assertEquals(1, top.size(), "only the member who allows it: " + top);
        assertEquals(community.username("t1"), top.get(0).getString("name"));
        List<Document> monthsOfT1 = trades(community.communityId).stream().filter(t -> t.getString("userId").equals(traders.get(0))
                && !dayOf(t).isBefore(from.withDayOfMonth(1))).toList();
        assertEquals(pnl(monthsOfT1), money(top.get(0).getJsonObject("figures"), "pnl"), "the whole months the range touches");

        HttpResponse<String> csv = community.host.get("/api/community/analytics.csv?from=" + from + "&to=" + to + "&groupBy=week");
        assertEquals(200, csv.statusCode());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertEquals(report.getJsonArray("buckets").size(), rows.stream().filter(r -> r.get("section").equals("week")).count());
        CSVRecord total = rows.stream().filter(r -> r.get("section").equals("total")).findFirst().orElseThrow();
        assertEquals(pnl(inRange), new BigDecimal(total.get("pnl")));

        for (String bad : List.of("from=2026-13-01", "from=" + to + "&to=" + from, "groupBy=hour", "from=2020-01-01&to=" + to)) {
            HttpResponse<String> refused = community.host.get("/api/community/analytics?" + bad);
            assertEquals(400, refused.statusCode(), bad);
            assertEquals("invalid_request", WebClient.json(refused).getString("error"));
        }
        assertEquals(403, t1.get("/api/community/analytics").statusCode(), "hosts only");
    }

    private static void assertSlices(JsonObject report, String field, List<Document> trades, Function<Document, String> key) {
        Map<String, List<Document>> expected = trades.stream().collect(Collectors.groupingBy(key));
        Map<String, JsonObject> shown = new HashMap<>();
        report.getJsonArray(field).forEach(v -> shown.put(v.asJsonObject().getString("id"), v.asJsonObject()));
        assertEquals(expected.keySet(), shown.keySet(), field);
        expected.forEach((id, rows) -> {
            assertEquals(rows.size(), shown.get(id).getJsonObject("figures").getInt("trades"), field + " " + id);
            assertEquals(pnl(rows), money(shown.get(id).getJsonObject("figures"), "pnl"), field + " " + id);
        });
    }
}
