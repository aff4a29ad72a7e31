package org.tradeexecutor.portfolio.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An option contract stands for 100 shares everywhere on the paper broker: what a fill costs, what the position is
 * worth, its P&L, and the exit and management messages that name the contract or only its underlying.
 */
@ExtendWith(ArquillianExtension.class)
class OptionContractsIT {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String CONTRACT = "MSFT270115P00210000";

    @ArquillianResource
    URL base;

    @Test
    void contractsAreBookedMarkedAndClosedAtOneHundredSharesEach() {
        // The still test market starts a symbol at the first price it hears of: a confirming follower elsewhere hears
        // 2.00 first, so that the 2.10 limit below is marketable and fills at once.
        TradingCommunity elsewhere = new TradingCommunity(base);
        elsewhere.trader("early", "OFF");
        elsewhere.signal("BTO MSFT 1/15/2027 210P @ 2.00");
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("options", "ON");

        String entrySignal = community.signal("BTO MSFT 1/15/2027 210P @ 2.10");
        community.awaitExecutions(entrySignal, 1, TradingCommunity::settled);
        JsonObject entry = awaitOrder(trader, e -> e.getString("signalId").equals(entrySignal) && e.getString("leg").equals("entry"));
        assertEquals("FILLED", entry.getString("state"), entry.toString());
        assertEquals(CONTRACT, entry.getString("symbol"));
        BigDecimal contracts = entry.getJsonNumber("filledQuantity").bigDecimalValue();
        BigDecimal premium = entry.getJsonNumber("averageFillPrice").bigDecimalValue();

        JsonObject account = WebClient.json(trader.get("/api/trader/account"));
        assertEquals(0, new BigDecimal("100000").subtract(contracts.multiply(premium).multiply(HUNDRED))
                .compareTo(account.getJsonNumber("cash").bigDecimalValue()), "cash pays contracts × premium × 100: " + account);
        JsonObject position = onlyPosition(trader);
        assertEquals(CONTRACT, position.getString("symbol"));
        BigDecimal mark = position.getJsonNumber("markPrice").bigDecimalValue();
        assertEquals(0, contracts.multiply(mark).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)
                .compareTo(position.getJsonNumber("marketValue").bigDecimalValue()), position.toString());
        assertEquals(0, contracts.multiply(mark.subtract(premium)).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)
                .compareTo(position.getJsonNumber("unrealisedPnl").bigDecimalValue()), position.toString());
        assertTrue(account.getJsonNumber("equity").bigDecimalValue().compareTo(new BigDecimal("99000")) > 0,
                "equity counts the contracts at 100 shares each, not at 1/100: " + account);

        // A management message that names only the underlying finds the contract's stop.
        JsonObject protection = awaitOrder(trader, e -> e.getString("leg").startsWith("tp1@") && e.getString("state").equals("ACCEPTED"));
        assertEquals(CONTRACT, protection.getString("symbol"));
        community.signal("Move stop to 1.80 on MSFT");
        JsonObject moved = awaitOrder(trader, e -> e.getString("id").equals(protection.getString("id"))
                && new BigDecimal("1.80").compareTo(e.getJsonNumber("stopPrice").bigDecimalValue()) == 0);
        assertEquals(CONTRACT, moved.getString("symbol"));

        // The exit names the contract; the round trip's P&L is in dollars of 100 shares per contract.
        String exitSignal = community.signal("STC MSFT 1/15/2027 210P @ 2.50");
        community.awaitExecutions(exitSignal, 1, TradingCommunity::settled);
        JsonObject exit = awaitOrder(trader, e -> e.getString("signalId").equals(exitSignal) && e.getString("leg").equals("exit"));
        assertEquals("FILLED", exit.getString("state"), exit.toString());
        assertEquals(CONTRACT, exit.getString("symbol"));
        assertEquals(0, contracts.compareTo(exit.getJsonNumber("filledQuantity").bigDecimalValue()));
        BigDecimal exitPrice = exit.getJsonNumber("averageFillPrice").bigDecimalValue();
        JsonArray trades = awaitTrades(trader);
        BigDecimal pnl = trades.getJsonObject(0).getJsonNumber("pnl").bigDecimalValue();
        assertEquals(0, exitPrice.subtract(premium).multiply(contracts).multiply(HUNDRED).compareTo(pnl), trades.toString());
        assertEquals(0, WebClient.jsonArray(trader.get("/api/trader/positions")).size());
        JsonObject after = WebClient.json(trader.get("/api/trader/account"));
        assertEquals(0, new BigDecimal("100000").add(pnl).compareTo(after.getJsonNumber("cash").bigDecimalValue()),
                "cash is back with the P&L: " + after);
    }

    private static JsonObject onlyPosition(WebClient trader) {
        JsonArray positions = WebClient.jsonArray(trader.get("/api/trader/positions"));
        assertEquals(1, positions.size(), positions.toString());
        return positions.getJsonObject(0);
    }

    private static JsonObject awaitOrder(WebClient trader, java.util.function.Predicate<JsonObject> wanted) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<JsonObject> orders = List.of();
        while (System.currentTimeMillis() < deadline) {
            orders = WebClient.jsonArray(trader.get("/api/trader/executions")).stream().map(JsonValue::asJsonObject).toList();
            Optional<JsonObject> found = orders.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("No such order among " + orders);
    }

    private static JsonArray awaitTrades(WebClient trader) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            JsonArray trades = WebClient.jsonArray(trader.get("/api/trader/trades"));
            if (!trades.isEmpty()) {
                return trades;
            }
            ServerProcess.pause(100);
        }
        throw new AssertionError("No trade booked");
    }
}
