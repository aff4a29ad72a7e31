package org.tradeexecutor.platform.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every API error is JSON {error, message} (issue #14): an unknown path, a wrong method, a body of the wrong type. */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

    @ArquillianResource
    URL base;

    private static void jsonError(HttpResponse<String> answer, int status, String code) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), answer.headers().map().toString());
        JsonObject error = WebClient.json(answer);
        assertEquals(code, error.getString("error"));
        assertTrue(!error.getString("message").isBlank());
    }

    @Test
    void unknownPathsWrongMethodsAndWrongBodiesAnswerJson() {
        double refusedBefore = Eventually.metric(base, "http_requests_seconds_count", "status=\"4xx\"");
        WebClient trader = new WebClient(base).basic("trader", "demo");
        jsonError(trader.get("/api/no/such/thing"), 404, "not_found");
        jsonError(trader.get("/api/community/nothing-here"), 404, "not_found");
        jsonError(trader.send("application/json", "DELETE", "/api/me", ""), 405, "method_not_allowed");
        jsonError(trader.send("text/plain", "PUT", "/api/trader/risk-profile", "hello"), 415, "unsupported_media_type");
        jsonError(trader.get("/api/me", "text/csv"), 406, "not_acceptable");
        jsonError(trader.get("/api"), 404, "not_found");
        jsonError(new WebClient(base).get("/api/no/such/thing"), 401, "unauthorized");
        jsonError(new WebClient(base).get("/api/webhooks/nothing"), 404, "not_found");
        // The seven refusals past authentication are counted as what an operator watches for the error rate.
        assertTrue(Eventually.metric(base, "http_requests_seconds_count", "status=\"4xx\"") - refusedBefore >= 7);
    }
}
