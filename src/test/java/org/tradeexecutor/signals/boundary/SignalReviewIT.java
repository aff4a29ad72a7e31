package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT S6: signals the parser doubts wait for a host, who approves them (corrected; they then run exactly once) or
 * dismisses them; both audited; a provider's own labels are taught from an approved example.
 */
@ExtendWith(ArquillianExtension.class)
class SignalReviewIT {

    @ArquillianResource
    URL base;

    private static String symbol(String stem) {
        return stem + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
    }

    private static HttpResponse<String> approve(WebClient client, String signalId, String body) {
        return client.sendJson("POST", "/api/signals/" + signalId + "/approve", body);
    }

    @Test
    void aDoubtfulSignalWaitsIsApprovedOnceWithItsCorrectionAndRunsOnceForEveryFollower() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("ann", "ON");
        community.trader("bob", "ON");
        WebClient trader = community.trader("cat", null);
        String signalId = community.signal("BUY " + symbol("RV") + " SL 20 pips");

        JsonObject stored = WebClient.json(community.host.get("/api/signals/" + signalId));
        assertEquals("NEEDS_REVIEW", stored.getJsonObject("parsed").getString("status"));
        assertEquals("PENDING", stored.getJsonObject("review").getString("state"));
        ServerProcess.pause(1_000);
        assertEquals(0, WebClient.jsonArray(community.host.get("/api/signals/" + signalId + "/executions")).size(), "nothing runs before a host looks");
        JsonObject queue = WebClient.json(community.host.get("/api/signals/reviews"));
        assertEquals(1, queue.getInt("pending"));
        assertEquals(signalId, queue.getJsonArray("signals").getJsonObject(0).getString("id"));

        assertEquals(403, approve(trader, signalId, "{}").statusCode(), "a trader does not review");
        TradingCommunity other = new TradingCommunity(base);
        assertEquals(404, approve(other.host, signalId, "{}").statusCode(), "another community's host finds nothing");
        HttpResponse<String> unsafe = approve(community.host, signalId, "{\"corrections\":{\"stopLoss\":0}}");
        assertEquals(400, unsafe.statusCode(), unsafe.body());
        assertEquals("invalid_correction", WebClient.json(unsafe).getString("error"));
        assertEquals(400, approve(community.host, signalId, "{\"corrections\":").statusCode(), "an unreadable body changes nothing");

        // Two hosts' clicks at once: one decides, the other is told.
        List<CompletableFuture<HttpResponse<String>>> clicks = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                approve(community.host, signalId, "{\"corrections\":{\"stopLoss\":1}}"))).toList();
        List<Integer> answers = clicks.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), answers);

        Map<String, JsonObject> executions = community.awaitExecutions(signalId, 2, TradingCommunity::settled);
        assertEquals(Map.of(community.username("ann"), "FILLED", community.username("bob"), "FILLED"),
                Map.of(community.username("ann"), executions.get(community.username("ann")).getString("state"),
                        community.username("bob"), executions.get(community.username("bob")).getString("state")));
        ServerProcess.pause(1_000);
        assertEquals(2, WebClient.jsonArray(community.host.get("/api/signals/" + signalId + "/executions")).stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("leg").equals("entry")).count(), "one entry each, once");

        JsonObject approved = WebClient.json(community.host.get("/api/signals/" + signalId));
        assertEquals(1, approved.getJsonObject("parsed").getJsonNumber("stopLoss").intValue(), "the approved parse runs");
        assertEquals("APPROVED", approved.getJsonObject("review").getString("state"));
        assertEquals("NEEDS_REVIEW", approved.getJsonObject("review").getJsonObject("parsedBeforeReview").getString("status"),
                "the parse as read is kept beside the correction");
        assertEquals(0, WebClient.json(community.host.get("/api/signals/reviews")).getInt("pending"));
        assertEquals(409, approve(community.host, signalId, "{}").statusCode());
        assertEquals(1, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "signal.approved")
                .append("resource", "signal " + signalId)));
    }

    @Test
    void aDismissedSignalNeverRunsAndCannotBeApprovedAfter() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("dan", "ON");
        String signalId = community.signal("Move SL to TP1 on " + symbol("DM"));
        assertEquals("NEEDS_REVIEW", WebClient.json(community.host.get("/api/signals/" + signalId)).getJsonObject("parsed").getString("status"));
        HttpResponse<String> dismissed = community.host.sendJson("POST", "/api/signals/" + signalId + "/dismiss", "");
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        JsonObject after = WebClient.json(community.host.get("/api/signals/" + signalId));
        assertEquals("REJECTED", after.getString("status"));
        assertEquals("dismissed", after.getJsonObject("refusal").getString("code"));
        assertEquals(409, approve(community.host, signalId, "{\"corrections\":{\"updatePrice\":5}}").statusCode());
        assertEquals(0, WebClient.jsonArray(community.host.get("/api/signals/" + signalId + "/executions")).size());
        assertEquals(1, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "signal.dismissed")
                .append("resource", "signal " + signalId)));
    }

    @Test
    void anApprovedExampleTeachesTheProvidersLabelsAndItsNextMessageRunsWithoutReview() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("eve", "ON");
        String example = community.signal("BUY " + symbol("EX") + " Entrada 80 Objetivo 88 Parada 76");
        HttpResponse<String> taught = approve(community.host, example,
                "{\"corrections\":{\"entry\":80,\"stopLoss\":76,\"takeProfits\":[88]},\"asExample\":true}");
        assertEquals(200, taught.statusCode(), taught.body());

        String next = community.signal("BUY " + symbol("NX") + " Entrada 50 Objetivo 56 Parada 47");
        JsonObject read = WebClient.json(community.host.get("/api/signals/" + next));
        JsonObject parsed = read.getJsonObject("parsed");
        assertEquals("VALID", parsed.getString("status"), read.toString());
        assertEquals(50, parsed.getJsonNumber("entry").intValue());
        assertEquals(47, parsed.getJsonNumber("stopLoss").intValue());
        assertEquals(56, parsed.getJsonArray("takeProfits").getJsonNumber(0).intValue());
        assertTrue(parsed.getJsonArray("flags").getValuesAs(JsonString.class).stream()
                .anyMatch(flag -> flag.getString().equals("PROVIDER_TEMPLATE")), parsed.toString());
        assertTrue(!read.containsKey("review") || read.isNull("review"), "it never waited for review: " + read);
        assertEquals(0, WebClient.json(community.host.get("/api/signals/reviews")).getInt("pending"));
    }
}
