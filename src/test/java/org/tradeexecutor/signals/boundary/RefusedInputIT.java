package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.FaultReport;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.OrderTally;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault suite's bad-input cases (docs/RELIABILITY.md): malformed, oversize, forged and stale deliveries, another
 * community's host and secret, a viewer and a trader doing what their role does not allow, a suspended member — every
 * one refused with a 4xx JSON {@code {error, message}}, and nothing stored or sent for it: no signal, no order.
 */
@ExtendWith(ArquillianExtension.class)
class RefusedInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    URL base;

    @Test
    void malformedOversizeForgedAndStaleDeliveriesAreRefusedAndChangeNothing() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("bystander", "ON");
        long now = Instant.now().getEpochSecond();
        List<HttpRequest.Builder> deliveries = new ArrayList<>();
        for (String body : List.of("{\"symbol\":\"BTCUSDT\"}", "{\"invalid\": json}", "[1,2]", "", "x".repeat(65 * 1024), "{\"symbol\":\"AAPL\",\"action\":\"fly\"}", "{\"symbol\":\"\u0000\u0001\"}")) {
            deliveries.add(community.signedDelivery(body));
        }
        deliveries.add(community.signedDelivery("BUY AAPL SL 180", community.providerId, now - 3_600)); // stale
        deliveries.add(community.signedDelivery("BUY AAPL SL 180", community.providerId, now + 3_600)); // from the future
        deliveries.add(community.signedDelivery("BUY AAPL SL 180").header("X-Timestamp", Long.toString(now - 1))); // timestamp not the signed one
        deliveries.add(community.signedDelivery("BUY AAPL SL 180").header("X-Signature", "sha256=" + "0".repeat(64)));
        deliveries.add(HttpRequest.newBuilder(community.signedDelivery("x").build().uri()).POST(HttpRequest.BodyPublishers.ofString("BUY AAPL SL 180"))); // unsigned
        deliveries.add(HttpRequest.newBuilder(community.signedDelivery("x").build().uri().resolve(community.providerId + "/t/not-a-token"))
                .POST(HttpRequest.BodyPublishers.ofString("BUY AAPL SL 180")));
        for (HttpRequest.Builder delivery : deliveries) {
            refused(HTTP.send(delivery.build(), HttpResponse.BodyHandlers.ofString()));
        }
        FaultReport.check("bad input: malformed, oversize, forged, stale and unsigned deliveries", deliveries.size() + " deliveries refused with 4xx",
                nothingCameOf(community));
    }

    @Test
    void anotherCommunitysHostSecretAndTraderReachNothingHere() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("bystander", "ON");
        TradingCommunity other = new TradingCommunity(base);
        WebClient otherTrader = other.trader("stranger", null);
        List<HttpResponse<String>> answers = List.of(
                HTTP.send(other.signedDelivery("BUY AAPL SL 180", community.providerId, Instant.now().getEpochSecond()).build(), HttpResponse.BodyHandlers.ofString()),
                other.host.sendJson("POST", "/api/signals", "{\"providerId\":\"" + community.providerId + "\",\"text\":\"BUY AAPL SL 180\"}"),
                other.host.sendJson("PUT", "/api/community/providers/" + community.providerId, "{\"enabled\":false}"),
                other.host.sendJson("POST", "/api/community/providers/" + community.providerId + "/url-token", null),
                otherTrader.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId + "\",\"settings\":{\"autoExecute\":\"ON\"}}"));
        answers.forEach(RefusedInputIT::refused);
        FaultReport.check("bad input: another community's host, secret and trader", answers.size() + " requests refused with 4xx", nothingCameOf(community));
    }

    @Test
    void aViewerAndATraderActingBeyondTheirRoleAreRefused() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("bystander", "ON");
        WebClient trader = community.trader("trader", null);
        String viewerId = Fixtures.createUser(community.username("viewer"), "ACTIVE", null);
        Fixtures.addMember(community.communityId, viewerId, "VIEWER");
        WebClient viewer = new WebClient(base).basic(community.username("viewer"), "demo");
        List<HttpResponse<String>> answers = List.of(
                viewer.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId + "\",\"settings\":{\"autoExecute\":\"ON\"}}"),
                viewer.sendJson("POST", "/api/signals", "{\"providerId\":\"" + community.providerId + "\",\"text\":\"BUY AAPL SL 180\"}"),
                trader.sendJson("POST", "/api/signals", "{\"providerId\":\"" + community.providerId + "\",\"text\":\"BUY AAPL SL 180\"}"),
                trader.sendJson("POST", "/api/community/providers/" + community.providerId + "/rotate-secret", null),
                trader.sendJson("POST", "/api/community/providers", "{\"name\":\"Mine\",\"type\":\"WEBHOOK\"}"));
        answers.forEach(RefusedInputIT::refused);
        assertEquals("viewer_read_only", WebClient.json(answers.get(0)).getString("error"));
        FaultReport.check("bad input: a viewer following, members posting and hosting", answers.size() + " requests refused with 4xx",
                nothingCameOf(community));
    }

    @Test
    void aSuspendedMemberIsRefusedAndGetsNoOrderFromASignal() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("active", "ON");
        community.trader("suspended", "ON");
        WebClient newcomer = community.trader("newcomer", null);
        String suspendedId = Fixtures.user(community.username("suspended")).getString("_id");
        String newcomerId = Fixtures.user(community.username("newcomer")).getString("_id");
        for (String userId : List.of(suspendedId, newcomerId)) {
            TestStore.database().getCollection("memberships").updateOne(new Document("_id", community.communityId + ":" + userId),
                    new Document("$set", new Document("status", "SUSPENDED").append("statusReason", "chargeback")));
        }
        HttpResponse<String> follow = newcomer.sendJson("POST", "/api/trader/subscriptions", "{\"providerId\":\"" + community.providerId + "\"}");
        refused(follow);
        assertEquals("membership_inactive", WebClient.json(follow).getString("error"));

        String signalId = community.signal("BUY MSFT SL 95");
        Map<String, JsonObject> executions = community.awaitExecutions(signalId, 2, TradingCommunity::settled);
        assertEquals("FILLED", executions.get(community.username("active")).getString("state"), "the active member trades");
        JsonObject refused = executions.get(community.username("suspended"));
        assertEquals("RISK_REJECTED", refused.getString("state"), "the suspended member's is refused, with the reason: " + refused);
        long sent = TestStore.database().getCollection("paper_orders").countDocuments(new Document("_id", refused.getString("clientOrderId")));
        long followed = TestStore.database().getCollection("subscriptions").countDocuments(new Document("userId", newcomerId));
        FaultReport.check("bad input: a suspended member following, and followed before the suspension",
                "1 request refused, the signal's order for the suspended member refused before any send",
                OrderTally.nothingExpected((int) (sent + followed), sent + followed == 0 ? List.of() : List.of(sent + " orders sent, " + followed + " follows stored")));
    }

    /** A refusal as the API gives one: 4xx, JSON {error, message}. */
    private static void refused(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
        JsonObject error = WebClient.json(response);
        assertFalse(error.getString("error", "").isBlank(), response.body());
        assertTrue(error.containsKey("message"), response.body());
    }

    /**
     * Whatever the community's provider and members got since it was made (with its one follower, the bystander):
     * signals stored, orders planned or sent, follows, a provider changed.
     */
    private static OrderTally nothingCameOf(TradingCommunity community) {
        long signals = TestStore.database().getCollection("signals").countDocuments(new Document("providerId", community.providerId));
        long executions = TestStore.database().getCollection("executions").countDocuments(new Document("communityId", community.communityId));
        long follows = TestStore.database().getCollection("subscriptions").countDocuments(new Document("providerId", community.providerId)) - 1;
        long enabled = TestStore.database().getCollection("providers").countDocuments(new Document("_id", community.providerId).append("enabled", true));
        List<String> findings = new ArrayList<>();
        if (signals > 0) findings.add(signals + " signals stored");
        if (executions > 0) findings.add(executions + " orders planned");
        if (follows > 0) findings.add(follows + " follows stored");
        if (enabled == 0) findings.add("the provider was changed");
        return OrderTally.nothingExpected((int) (signals + executions + Math.max(0, follows) + (1 - enabled)), findings);
    }
}
