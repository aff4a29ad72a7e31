package org.tradeexecutor.platform.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correlation ids (PRODUCT O6): every answer carries {@code X-Request-Id} — the sender's when it is a short token, a
 * new one otherwise — and a signal brought by a request keeps that id, as do its executions and their protective
 * orders, so one search of the logs finds all of its work.
 */
@ExtendWith(ArquillianExtension.class)
class CorrelationIdsIT {

    @ArquillianResource
    URL base;

    @Test
    void everyAnswerCarriesARequestIdTheSendersWhenItIsAcceptable() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI login = URI.create(base.toString().replaceAll("/$", "") + "/login");
        String mine = "trace-" + System.nanoTime();
        assertEquals(mine, http.send(HttpRequest.newBuilder(login).header("X-Request-Id", mine).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("X-Request-Id").orElseThrow());
        String generated = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(generated.matches("[0-9a-f]{24}"), generated);
        String tooLong = "x".repeat(200);
        String replaced = http.send(HttpRequest.newBuilder(login).header("X-Request-Id", tooLong).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("X-Request-Id").orElseThrow();
        assertNotEquals(tooLong, replaced, "an id that could forge log lines is not taken");
        HttpResponse<String> refused = new WebClient(base).get("/api/me");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("X-Request-Id").isPresent(), "errors carry one too");
    }

    @Test
    void aSignalAndEveryOrderItLeadsToKeepTheRequestsId() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("traced", "ON");
        String id = "signal-trace-" + System.nanoTime();
        HttpResponse<String> accepted = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(community.signedDelivery("BUY AMD SL 50 TP 200").header("X-Request-Id", id).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals(id, accepted.headers().firstValue("X-Request-Id").orElseThrow());
        String signalId = WebClient.json(accepted).getString("signalId");

        assertEquals(id, WebClient.json(community.host.get("/api/signals/" + signalId)).getString("correlationId"));
        Map<String, JsonObject> executions = community.awaitExecutions(signalId, 1, TradingCommunity::settled);
        assertEquals(id, executions.get(community.username("traced")).getString("correlationId"));
        Eventually.until(() -> WebClient.jsonArray(community.host.get("/api/signals/" + signalId + "/executions")).stream()
                .map(v -> v.asJsonObject()).anyMatch(e -> !e.getString("leg").equals("entry")), "the protective orders");
        assertTrue(WebClient.jsonArray(community.host.get("/api/signals/" + signalId + "/executions")).stream().map(v -> v.asJsonObject())
                .allMatch(e -> id.equals(e.getString("correlationId"))), "the protective orders too");
    }
}
