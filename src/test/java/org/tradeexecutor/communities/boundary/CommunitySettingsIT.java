package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Community settings (PRODUCT C5): read and changed by hosts only, every problem answered at once and nothing saved
 * then; INHERIT follows auto-execute by default, a signal of a class not allowed is stored REJECTED, entries keep the
 * community's trading hours in its time zone, new members start from the default preset.
 */
@ExtendWith(ArquillianExtension.class)
class CommunitySettingsIT {

    private static final String TIME_ZONE = "America/New_York";

    @ArquillianResource
    URL base;

    @Test
    void aChangeWithProblemsNamesThemAllAndSavesNothing() {
        TradingCommunity community = new TradingCommunity(base);
        HttpResponse<String> read = community.host.get("/api/community/settings");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject before = WebClient.json(read);
        assertEquals(List.of("STOCK", "OPTION", "CRYPTO", "FOREX"), before.getJsonArray("allowedAssetClasses").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("MODERATE", before.getString("defaultRiskPreset"));

        HttpResponse<String> refused = community.host.sendJson("PUT", "/api/community/settings", "{\"autoExecuteByDefault\":true,"
                + "\"allowedAssetClasses\":[\"STOCK\",\"BONDS\"],\"tradingHours\":{\"timeZone\":\"Mars/Olympus\",\"windows\":[{\"days\":[\"MON\"],"
                + "\"from\":\"9\",\"to\":\"16:00\"}]},\"alertChannelId\":\"#alerts\",\"defaultRiskPreset\":\"reckless\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = WebClient.json(refused);
        assertEquals("invalid_settings", error.getString("error"));
        assertEquals(5, error.getJsonArray("problems").size(), refused.body());
        assertEquals(before, WebClient.json(community.host.get("/api/community/settings")), "nothing saved, not even the valid field");

        assertEquals(400, community.host.sendJson("PUT", "/api/community/settings", "{\"tradingHours\":\"always\"}").statusCode(), "wrong shape");
        assertEquals(400, community.host.sendJson("PUT", "/api/community/settings", "[1,2]").statusCode());
        WebClient trader = community.trader("reader", null);
        assertEquals(403, trader.get("/api/community/settings").statusCode(), "hosts only");
        assertEquals(403, trader.sendJson("PUT", "/api/community/settings", "{\"rankTraders\":true}").statusCode());
    }

    @Test
    void mutatedSettingsNeverAnswer500AndAnsweredProblemsChangeNothing() {
        TradingCommunity community = new TradingCommunity(base);
        String valid = "{\"autoExecuteByDefault\":true,\"allowedAssetClasses\":[\"STOCK\",\"OPTION\"],\"tradingHours\":{\"timeZone\":\"Europe/Berlin\","
                + "\"windows\":[{\"days\":[\"MON\",\"FRI\"],\"from\":\"08:00\",\"to\":\"22:00\"}]},\"discordGuildId\":\"123456789012\","
                + "\"alertChannelId\":\"223456789012\",\"defaultRiskPreset\":\"CONSERVATIVE\",\"rankTraders\":true}";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            String before = community.host.get("/api/community/settings").body();
            HttpResponse<String> answer = community.host.sendJson("PUT", "/api/community/settings", org.tradeexecutor.support.Mutations.of(valid, random));
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, answer.statusCode() + " " + answer.body());
            if (answer.statusCode() == 400) {
                assertTrue(WebClient.json(answer).containsKey("error"), answer.body());
                assertEquals(before, community.host.get("/api/community/settings").body(), "a refused change changes nothing");
            }
        }
    }

    @Test
    void aSignalOfAClassNotAllowedIsStoredRejectedAndNeverExecuted() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("stocks-only", "ON");
        HttpResponse<String> changed = community.host.sendJson("PUT", "/api/community/settings", "{\"allowedAssetClasses\":[\"STOCK\",\"OPTION\"]}");
        assertEquals(200, changed.statusCode(), changed.body());
        Document audit = TestStore.database().getCollection("security_audits").find(new Document("communityId", community.communityId)
                .append("action", "community.settings")).first();
        assertEquals("allowedAssetClasses", audit.getString("detail"));
        assertEquals("allowedAssetClasses=[STOCK, OPTION, CRYPTO, FOREX]", audit.getString("before"));
        assertEquals("allowedAssetClasses=[STOCK, OPTION]", audit.getString("after"));

        String crypto = community.signal("BUY BTCUSDT 10x SL 60000");
        JsonObject signal = WebClient.json(community.host.get("/api/signals/" + crypto));
        assertEquals("REJECTED", signal.getString("status"));
        assertEquals("asset_class_not_allowed", signal.getJsonObject("refusal").getString("code"));
        assertTrue(signal.getJsonObject("refusal").getString("reason").contains("CRYPTO"), signal.toString());
        Map<String, JsonObject> stock = community.awaitExecutions(community.signal("BUY MSFT SL 95"), 1, TradingCommunity::settled);
        assertEquals("FILLED", stock.get(community.username("stocks-only")).getString("state"), "an allowed class still trades");
        assertEquals(0, TestStore.database().getCollection("executions").countDocuments(new Document("signalId", crypto)), "never executed");
    }

    @Test
    void inheritFollowsTheCommunitysAutoExecuteDefault() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("inherits", "INHERIT");
        Map<String, JsonObject> waiting = community.awaitExecutions(community.signal("BUY KO SL 1"), 1, TradingCommunity::settled);
        assertEquals("AWAITING_CONFIRMATION", waiting.get(community.username("inherits")).getString("state"), "off by default: asks first");
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", "{\"autoExecuteByDefault\":true}").statusCode());
        Map<String, JsonObject> auto = community.awaitExecutions(community.signal("BUY PEP SL 1"), 1, TradingCommunity::settled);
        assertEquals("FILLED", auto.get(community.username("inherits")).getString("state"));
    }

    @Test
    void entriesKeepTheCommunitysTradingHoursInItsTimeZone() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("hours", "ON");
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of(TIME_ZONE));
        String today = now.getDayOfWeek().name().substring(0, 3);
        String tomorrow = now.getDayOfWeek().plus(1).name().substring(0, 3);
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", hours(tomorrow, "00:00", "23:59")).statusCode());
        String outside = community.signal("BUY MSFT SL 95");
        JsonObject refused = community.awaitExecutions(outside, 1, TradingCommunity::settled).get(community.username("hours"));
        assertEquals("RISK_REJECTED", refused.getString("state"));
        assertEquals("trading_hours", TestStore.database().getCollection("executions").find(new Document("signalId", outside)).first().getString("riskRule"));
        assertTrue(refused.getString("reason").contains(TIME_ZONE), refused.toString());

        // A window around the community's own clock: now ± 1 h in New York (the server's clock is UTC); opened yesterday
        // too, should it run past midnight.
        String yesterday = now.getDayOfWeek().minus(1).name().substring(0, 3);
        String open = hours(yesterday + "\",\"" + today, clock(now.toLocalTime().minusHours(1)), clock(now.toLocalTime().plusHours(1)));
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", open).statusCode());
        Map<String, JsonObject> traded = community.awaitExecutions(community.signal("BUY MSFT SL 94"), 1, TradingCommunity::settled);
        assertEquals("FILLED", traded.get(community.username("hours")).getString("state"));
    }

    @Test
    void aNewMemberStartsFromTheDefaultPreset() {
        TradingCommunity community = new TradingCommunity(base);
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", "{\"defaultRiskPreset\":\"conservative\"}").statusCode());
        String code = WebClient.json(community.host.sendJson("POST", "/api/community/invites", "{\"role\":\"trader\",\"maxUses\":1,\"days\":1}"))
                .getString("code");
        String joinerName = community.username("joiner");
        Fixtures.createUser(joinerName, "ACTIVE", null);
        WebClient joiner = new WebClient(base).basic(joinerName, "demo");
        assertEquals(201, joiner.sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + code + "\"}").statusCode());
        JsonObject profile = WebClient.json(joiner.get("/api/trader/risk-profile")).getJsonObject("profile");
        assertEquals(0, profile.getJsonNumber("riskPerTradePercent").bigDecimalValue().compareTo(new java.math.BigDecimal("0.5")), profile.toString());
        assertEquals(5, profile.getInt("maxOpenPositions"), "the conservative preset: " + profile);
    }

    private static String hours(String day, String from, String to) {
        return "{\"tradingHours\":{\"timeZone\":\"" + TIME_ZONE + "\",\"windows\":[{\"days\":[\"" + day + "\"],\"from\":\"" + from + "\",\"to\":\"" + to + "\"}]}}";
    }

    private static String clock(LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
