package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host's member list (PRODUCT C1): literal search, filters, sort, paging with the total, follows and the realised
 * P&L of the last 30 days recomputed from the trades (this community's providers only), and nobody else's members.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @ArquillianResource
    URL base;

    private static List<JsonObject> members(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return WebClient.jsonArray(answer).stream().map(v -> v.asJsonObject()).toList();
    }

    private static void displayName(String userId, String name) {
        TestStore.database().getCollection("users").updateOne(new Document("_id", userId), new Document("$set", new Document("displayName", name)));
    }

    @Test
    void searchIsLiteralAndCaseInsensitiveFiltersSortAndPagesCountTheWhole() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("plain", "ON");
        community.trader("dotstar", null);
        community.trader("paren", null);
        community.trader("slash", null);
        displayName(Fixtures.user(community.username("dotstar")).getString("_id"), "Dot .* Star");
        displayName(Fixtures.user(community.username("paren")).getString("_id"), "Paren (Left");
        displayName(Fixtures.user(community.username("slash")).getString("_id"), "Back\\Slash");
        String viewer = Fixtures.createUser(community.username("watcher"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, viewer, "VIEWER");
        String suspended = Fixtures.createUser(community.username("benched"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, suspended, "TRADER", "SUSPENDED", "late payment");

        HttpResponse<String> firstPage = community.host.get("/api/community/members?size=3");
        assertEquals("7", firstPage.headers().firstValue("X-Total-Count").orElseThrow(), "host + 6 members");
        assertEquals(3, members(firstPage).size());
        List<String> everyone = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            members(community.host.get("/api/community/members?size=3&page=" + page)).forEach(m -> everyone.add(m.getString("username")));
        }
        assertEquals(everyone.stream().sorted(Comparator.comparing(String::toLowerCase)).toList(), everyone, "by username, pages join up");
        assertEquals(7, everyone.size());

        assertEquals(List.of(community.username("dotstar")), names(community, "search=.*"));
        assertEquals(List.of(community.username("paren")), names(community, "search=%28"));
        assertEquals(List.of(community.username("slash")), names(community, "search=%5C"));
        assertEquals(List.of(community.username("paren")), names(community, "search=pAREN%20(l".replace("(", "%28")));
        assertEquals(List.of(community.username("watcher")), names(community, "role=viewer"));
        assertEquals(List.of(community.username("benched")), names(community, "status=suspended"));
        List<String> descending = names(community, "sort=username,desc");
        List<String> reversed = new ArrayList<>(everyone);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);

        JsonObject plain = members(community.host.get("/api/community/members?search=" + community.username("plain"))).get(0);
        assertEquals(1, plain.getInt("followedProviders"));
        assertEquals("TRADER", plain.getString("role"));
        assertEquals("ACTIVE", plain.getString("status"));
        assertNotNull(plain.getString("joinedAt"));
    }

    private static List<String> names(TradingCommunity community, String query) {
        return members(community.host.get("/api/community/members?" + query)).stream().map(m -> m.getString("username")).toList();
    }

    @Test
    void realisedInThirtyDaysCountsOnlyThisCommunitysProvidersAndIsRecomputableFromTheTrades() {
        TradingCommunity community = new TradingCommunity(base);
        TradingCommunity other = new TradingCommunity(base);
        community.trader("earner", "ON");
        String userId = Fixtures.user(community.username("earner")).getString("_id");
        Fixtures.addMember(other.communityId, userId, "TRADER");
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Random random = new Random(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 40; i++) {
            String provider = i % 4 == 0 ? other.providerId : community.providerId;
            seeder.add(TradeHistorySeeder.random(random, community.communityId, userId, provider, "AAPL", now.minus(Duration.ofDays(i)).minusSeconds(30)));
        }
        seeder.write();

        Instant since = Instant.now().minus(Duration.ofDays(30));
        BigDecimal expected = TestStore.database().getCollection("trades").find(new Document("userId", userId).append("providerId", community.providerId))
                .into(new ArrayList<>()).stream().filter(t -> t.getDate("closedAt").toInstant().isAfter(since))
                .map(t -> ((Decimal128) t.get("pnl")).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonObject earner = members(community.host.get("/api/community/members?search=" + community.username("earner"))).get(0);
        assertEquals(0, expected.compareTo(earner.getJsonNumber("realised30d").bigDecimalValue()), "expected " + expected + ": " + earner);
        assertTrue(expected.signum() != 0, "the fixture has trades in the window");
    }

    @Test
    void onlyHostsListOnlyTheirOwnCommunityAndBadParametersAreRefusedByName() {
        TradingCommunity community = new TradingCommunity(base);
        TradingCommunity other = new TradingCommunity(base);
        WebClient trader = community.trader("curious", null);
        other.trader("outsider", null);
        assertTrue(names(community, "size=500").stream().noneMatch(n -> n.equals(other.username("outsider"))), "another community's member is not listed");
        HttpResponse<String> refused = trader.get("/api/community/members");
        assertEquals(403, refused.statusCode());
        assertEquals("forbidden", WebClient.json(refused).getString("error"));
        Map<String, String> bad = Map.of("sort=luck", "sort", "sort=username,up", "sort", "size=501", "size", "page=-1", "page",
                "role=king", "role", "status=asleep", "status", "search=" + "x".repeat(65), "search");
        bad.forEach((query, parameter) -> {
            HttpResponse<String> answer = community.host.get("/api/community/members?" + query);
            assertEquals(400, answer.statusCode(), query);
            assertTrue(WebClient.json(answer).getString("message").startsWith(parameter), query + " -> " + answer.body());
        });
    }

    @Test
    void aMembersRequestsSetTheirLastActiveTime() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("active", null);
        assertEquals(200, trader.get("/api/trader/summary").statusCode());
        JsonArray listed = WebClient.jsonArray(community.host.get("/api/community/members?search=" + community.username("active")));
        Instant seen = Instant.parse(listed.getJsonObject(0).getString("lastActiveAt"));
        assertTrue(Duration.between(seen, Instant.now()).abs().toMinutes() < 5, "just now: " + seen);
    }
}
