package org.tradeexecutor.execution.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.AlpacaStub;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TestSymbols;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT X6: an Alpaca order is followed to its end — taken ({@code new}), filled in parts, filled — over the stub's
 * {@code trade_updates} stream, or by looking it up while the stream is down; every part is booked once, however often
 * and in whatever order the updates come; its protection never holds more than the position (the stub, like Alpaca,
 * refuses to sell more than is held); an exit cancels the protection before it sells.
 */
@ExtendWith(ArquillianExtension.class)
class AlpacaFollowUpIT {

    @ArquillianResource
    URL base;

    @BeforeAll
    static void stub() {
        AlpacaStub.start();
    }

    @AfterEach
    void orderly() {
        AlpacaStub.disorderly(false);
        AlpacaStub.refuseStreams(false);
    }

    private static String symbol(String prefix) {
        return TestSymbols.cheap(prefix);
    }

    @Test
    void anOrderAlpacaTookIsFollowedThroughItsPartsToTheEndAndProtectedPartByPart() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.alpacaTrader("streamed");
        // A limit below the market rests at Alpaca: the account's stream is open (and listening) before the next order.
        String resting = community.signal("BUY " + symbol("FR") + " @ 5 SL 1");
        await(trader, e -> e.getString("signalId").equals(resting) && e.getString("state").equals("ACCEPTED"), "the limit rests");
        ServerProcess.pause(1_000);
        String symbol = symbol("FA");
        String signalId = community.signal("BUY " + symbol + " SL 1");

        JsonObject entry = await(trader, e -> e.getString("signalId").equals(signalId) && e.getString("leg").equals("entry")
                && e.getString("state").equals("FILLED"), "the entry filled");
        BigDecimal bought = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        assertEquals(0, bought.compareTo(entry.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(0, bought.compareTo(AlpacaStub.position(symbol)), "Alpaca holds what was ordered");
        assertEquals(0, bought.compareTo(heldPosition(trader, symbol)), "booked once: the position is what Alpaca holds");

        // Filled in two parts: each part got its protection, together exactly what is held.
        List<JsonObject> protection = awaitProtection(trader, signalId, bought);
        assertEquals(2, protection.size(), protection.toString());
        assertTrue(protection.stream().allMatch(p -> p.getString("kind").equals("OCO") && p.getString("state").equals("ACCEPTED")), protection.toString());
        assertEquals(0, BigDecimal.ONE.compareTo(protection.get(0).getJsonNumber("stopPrice").bigDecimalValue()));
    }

    @Test
    void repeatedAndLateUpdatesAreBookedOnce() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.alpacaTrader("disorderly");
        AlpacaStub.disorderly(true);
        String symbol = symbol("FB");
        String signalId = community.signal("BUY " + symbol + " SL 1");

        JsonObject entry = await(trader, e -> e.getString("signalId").equals(signalId) && e.getString("leg").equals("entry")
                && e.getString("state").equals("FILLED"), "the entry filled");
        ServerProcess.pause(1_500); // the late partial fill and the repeats have arrived
        BigDecimal bought = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        assertEquals(0, bought.compareTo(heldPosition(trader, symbol)), "each part booked once");
        assertEquals("FILLED", await(trader, e -> e.getString("id").equals(entry.getString("id")), "").getString("state"), "a late partial fill does not undo the fill");
        assertEquals(0, bought.compareTo(sum(awaitProtection(trader, signalId, bought))), "protected once");
        assertEquals(0, bought.compareTo(AlpacaStub.position(symbol)));
    }

    @Test
    void whileTheStreamIsDownTheOrderIsLookedUpAndNothingIsMissed() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.alpacaTrader("polled");
        AlpacaStub.refuseStreams(true);
        AlpacaStub.dropStreams();
        String symbol = symbol("FC");
        String signalId = community.signal("BUY " + symbol + " SL 1");

        JsonObject entry = await(trader, e -> e.getString("signalId").equals(signalId) && e.getString("leg").equals("entry")
                && e.getString("state").equals("FILLED"), "the entry filled, found by looking it up (ALPACA_POLL_SECONDS=2)");
        BigDecimal bought = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        assertEquals(0, bought.compareTo(heldPosition(trader, symbol)));
        assertEquals(0, bought.compareTo(sum(awaitProtection(trader, signalId, bought))));
        assertTrue(Eventually.metric(base, "alpaca_order_look_ups_total") > 0);
    }

    @Test
    void aTargetFillsItsPartAndAnExitCancelsTheRestBeforeItSells() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.alpacaTrader("exiting");
        String symbol = symbol("FD");
        String signalId = community.signal("BUY " + symbol + " SL 1 TP 110 TP 120");
        JsonObject entry = await(trader, e -> e.getString("signalId").equals(signalId) && e.getString("leg").equals("entry")
                && e.getString("state").equals("FILLED"), "the entry filled");
        BigDecimal bought = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        awaitProtection(trader, signalId, bought);

        AlpacaStub.trade(symbol, new BigDecimal("111")); // the first targets are reached: those OCOs fill, their stops go
        // Each target part is booked as its fill arrives: the position matches Alpaca's once the last one is in.
        Eventually.until(() -> heldPosition(trader, symbol).compareTo(bought) < 0
                && heldPosition(trader, symbol).compareTo(AlpacaStub.position(symbol)) == 0, "the first targets sold their parts, as Alpaca holds");

        // The exit sells everything left: Alpaca would refuse while the other OCOs hold it, so they are cancelled first.
        String exitId = community.signal("closing " + symbol + " here");
        JsonObject exit = await(trader, e -> e.getString("signalId").equals(exitId) && e.getString("leg").equals("exit")
                && List.of("FILLED", "REJECTED").contains(e.getString("state")), "the exit is done");
        assertEquals("FILLED", exit.getString("state"), exit.toString());
        Eventually.until(() -> heldPosition(trader, symbol).signum() == 0 && AlpacaStub.position(symbol).signum() == 0, "flat at both ends");
        String userId = Fixtures.user(community.username("exiting")).getString("_id");
        assertEquals(1, TestStore.database().getCollection("trades").countDocuments(new Document("userId", userId).append("symbol", symbol)),
                "one round trip, booked once");
        assertTrue(TestStore.database().getCollection("executions").countDocuments(new Document("userId", userId)
                .append("leg", java.util.regex.Pattern.compile("^tp")).append("state", "CANCELLED")) > 0, "the rest of the protection was cancelled");
    }

    private static BigDecimal sum(List<JsonObject> orders) {
        return orders.stream().map(o -> o.getJsonNumber("quantity").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The entry's protective orders once they hold {@code total} together. */
    private static List<JsonObject> awaitProtection(WebClient trader, String signalId, BigDecimal total) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<JsonObject> protection = List.of();
        while (System.currentTimeMillis() < deadline) {
            protection = executions(trader).stream().filter(e -> e.getString("signalId").equals(signalId) && e.getString("leg").startsWith("tp")).toList();
            boolean answered = protection.stream().noneMatch(p -> List.of("PLANNED", "SUBMITTED").contains(p.getString("state")));
            if (sum(protection).compareTo(total) == 0 && answered) {
                return protection; // placed in full, and Alpaca's answer to each stored
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("Protection does not add up to " + total + ", answered: " + protection);
    }

    private static BigDecimal heldPosition(WebClient trader, String symbol) {
        Document position = TestStore.database().getCollection("positions").find(new Document("symbol", symbol)
                .append("userId", WebClient.json(trader.get("/api/me")).getString("id"))).first();
        return position == null ? BigDecimal.ZERO : ((Decimal128) position.get("quantity")).bigDecimalValue();
    }

    private static List<JsonObject> executions(WebClient trader) {
        return WebClient.jsonArray(trader.get("/api/trader/executions?size=200")).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject await(WebClient trader, Predicate<JsonObject> wanted, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<JsonObject> seen = List.of();
        while (System.currentTimeMillis() < deadline) {
            seen = executions(trader);
            var found = seen.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("Not within 20 s: " + what + "; " + seen);
    }


}
