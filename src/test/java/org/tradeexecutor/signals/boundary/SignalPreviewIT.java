package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.SignalInputs;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/signals/preview: the S5 shape for text, JSON and key=value; nothing stored. */
@ExtendWith(ArquillianExtension.class)
class SignalPreviewIT {

    private static final Set<String> S5_FIELDS = Set.of("status", "kind", "symbol", "assetClass", "direction", "orderType", "entry",
            "entryRange", "stopLoss", "takeProfits", "quantity", "sizePercent", "leverage", "option", "update", "flags", "reasons");

    @ArquillianResource
    URL base;

    private HttpResponse<String> preview(WebClient client, String contentType, String body) {
        return client.send(contentType, "POST", "/api/signals/preview", body);
    }

    @Test
    void aTextMessageGivesEveryS5FieldWithNumbersAsNumbers() {
        long signalsBefore = TestStore.database().getCollection("signals").countDocuments();
        HttpResponse<String> response = preview(new WebClient(base).basic("viewer", "demo"), "text/plain", "BUY AAPL @ 150 SL 145 TP 160");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject signal = WebClient.json(response);
        assertEquals(S5_FIELDS, signal.keySet());
        assertEquals("VALID", signal.getString("status"));
        assertEquals("ENTRY", signal.getString("kind"));
        assertEquals("AAPL", signal.getString("symbol"));
        assertEquals("LIMIT", signal.getString("orderType"));
        assertEquals(JsonValue.ValueType.NUMBER, signal.get("entry").getValueType());
        assertEquals(150, signal.getJsonNumber("entry").intValue());
        assertEquals(160, signal.getJsonArray("takeProfits").getJsonNumber(0).intValue());
        assertEquals(JsonValue.NULL, signal.get("leverage"));
        assertEquals(signalsBefore, TestStore.database().getCollection("signals").countDocuments(), "a preview stores nothing");
    }

    @Test
    void aJsonPayloadAndAnOptionWithTheSession() {
        WebClient browser = new WebClient(base);
        browser.signIn("trader", "demo");
        JsonObject json = WebClient.json(preview(browser, "application/json", "{\"ticker\":\"TSLA\",\"action\":\"buy\",\"type\":\"limit\",\"price\":250}"));
        assertEquals("TSLA", json.getString("symbol"));
        assertEquals("LIMIT", json.getString("orderType"));

        JsonObject option = WebClient.json(preview(browser, "text/plain", "BTO AMZN 12/20/2027 185c @ 2.10")).getJsonObject("option");
        assertEquals("CALL", option.getString("right"));
        assertEquals("2027-12-20", option.getString("expiration"));
    }

    @Test
    void badInputIsAnsweredNotStored() {
        WebClient client = new WebClient(base).basic("trader", "demo");
        JsonObject rejected = WebClient.json(preview(client, "application/json", "{\"symbol\":\"BTCUSDT\"}"));
        assertEquals("REJECTED", rejected.getString("status"));
        assertTrue(rejected.getJsonArray("reasons").getString(0).contains("action"));

        assertEquals("IGNORED", WebClient.json(preview(client, "text/plain", "NVDA puts printing, up 300% from entry!")).getString("status"));
        HttpResponse<String> tooLong = preview(client, "text/plain", "BUY AAPL ".repeat(2_000));
        assertEquals(400, tooLong.statusCode());
        assertEquals("too_long", WebClient.json(tooLong).getString("error"));
    }

    /** PRODUCT S4: mutated messages and payloads — to the preview and, signed, to a webhook — are answered, never with a 5xx. */
    @Test
    void mutatedMessagesAndPayloadsAreAnsweredNeverWithA500() throws Exception {
        WebClient client = new WebClient(base).basic("trader", "demo");
        SignalInputs inputs = new SignalInputs(20261203L);
        for (int i = 0; i < 600; i++) {
            String input = inputs.next(i);
            HttpResponse<String> answer = preview(client, i % 3 == 0 ? "application/json" : "text/plain", input);
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, answer.statusCode() + " for " + input + ": " + answer.body());
            assertTrue(WebClient.json(answer).containsKey(answer.statusCode() == 200 ? "status" : "error"), answer.body());
        }
        TradingCommunity community = new TradingCommunity(base); // no followers: what is taken is stored, nothing is traded
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 50; i++) {
            String payload = inputs.payload();
            HttpResponse<String> answer = http.send(community.signedDelivery(payload).setHeader("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 500, answer.statusCode() + " for " + payload + ": " + answer.body());
        }
    }

    /** PRODUCT S5: ?explain=true adds, per field, the characters of the body it came from and the rule that read it. */
    @Test
    void explainNamesTheTextAndRuleOfEachField() {
        WebClient client = new WebClient(base).basic("viewer", "demo");
        String message = "🔥 LONG $HOOD 🔥\nentry 22.50 stop 21 target 25";
        JsonObject explained = WebClient.json(client.send("text/plain", "POST", "/api/signals/preview?explain=true", message));
        assertEquals("HOOD", explained.getString("symbol"), "the parse result is all there");
        assertEquals(22.5, explained.getJsonNumber("entry").doubleValue());
        Map<String, JsonObject> byField = new HashMap<>();
        explained.getJsonArray("explanation").getValuesAs(JsonObject.class).forEach(source -> byField.putIfAbsent(source.getString("field"), source));
        for (String field : List.of("direction", "symbol", "entry", "stopLoss", "takeProfits")) {
            JsonObject source = byField.get(field);
            assertNotNull(source, field + " is explained: " + explained);
            assertEquals(message.substring(source.getInt("start"), source.getInt("end")), source.getString("text"), "the span is the message's own text");
            assertFalse(source.getString("rule").isBlank());
        }
        assertEquals("$HOOD", byField.get("symbol").getString("text"));
        assertEquals("stop 21", byField.get("stopLoss").getString("text"));
        JsonObject plain = WebClient.json(preview(client, "text/plain", message));
        assertFalse(plain.containsKey("explanation"), "without explain the result is unchanged");
        JsonObject payload = WebClient.json(client.send("application/json", "POST", "/api/signals/preview?explain=true",
                "{\"ticker\":\"TSLA\",\"action\":\"buy\",\"stop_loss\":240}"));
        assertEquals("\"stop_loss\":240", payload.getJsonArray("explanation").getValuesAs(JsonObject.class).stream()
                .filter(source -> source.getString("field").equals("stopLoss")).findFirst().orElseThrow().getString("text"));
    }

    /** TradersPost's relative exits on a market order: the preview cannot measure them, the intake does from the quote. */
    @Test
    void relativeExitsOfAMarketOrderAreMeasuredFromTheQuoteAtIntake() {
        String payload = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"stop\",\"percent\":5},\"takeProfit\":{\"amount\":10}}";
        JsonObject previewed = WebClient.json(preview(new WebClient(base).basic("viewer", "demo"), "application/json", payload));
        assertEquals("REJECTED", previewed.getString("status"), "nothing to measure from without the market");
        TradingCommunity community = new TradingCommunity(base);
        JsonObject parsed = WebClient.json(community.host.get("/api/signals/" + community.signal(payload))).getJsonObject("parsed");
        assertEquals("VALID", parsed.getString("status"), parsed.toString());
        assertEquals("MARKET", parsed.getString("orderType"));
        double stop = parsed.getJsonNumber("stopLoss").doubleValue();
        double target = parsed.getJsonArray("takeProfits").getJsonNumber(0).doubleValue();
        double ask = stop / 0.95;
        assertTrue(ask > 150 && ask < 250, "5 % below an AAPL ask: " + parsed);
        assertEquals(ask + 10, target, 0.02, "the target 10 above the same ask");
        assertTrue(parsed.getJsonArray("flags").toString().contains("LEVELS_FROM_QUOTE"), parsed.toString());
    }

    @Test
    void anonymousCallersGet401() {
        assertEquals(401, preview(new WebClient(base), "text/plain", "BUY AAPL").statusCode());
    }
}
