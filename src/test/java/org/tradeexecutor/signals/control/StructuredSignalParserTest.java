package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TradingView JSON (upstream-spec §5.2 vectors and aliases) and OctoBot-style key=value. */
class StructuredSignalParserTest {

    private static ParsedSignal parse(String body) {
        return SignalParser.parse(body, LocalDate.of(2026, 11, 22));
    }

    @Test
    void theFullTradingViewPayload() {
        ParsedSignal signal = parse("""
                {"symbol":"BTCUSDT","action":"buy","price":45000,"stop_loss":43000,"take_profit":48000,"quantity":0.001,
                 "alert":{"name":"BTC Long Alert","id":"alert_123456"},"chart":{"timeframe":"1h","exchange":"BINANCE"}}""");
        assertEquals(ParseStatus.VALID, signal.status());
        assertEquals("ENTRY", signal.kind().name());
        assertEquals("LONG", signal.direction().name());
        assertEquals("BTCUSDT", signal.symbol());
        assertEquals("CRYPTO", signal.assetClass().name());
        assertEquals("MARKET", signal.orderType().name());
        assertEquals(new BigDecimal("45000"), signal.entry());
        assertEquals(new BigDecimal("43000"), signal.stopLoss());
        assertEquals(List.of(new BigDecimal("48000")), signal.takeProfits());
        assertEquals(new BigDecimal("0.001"), signal.quantity());
    }

    @Test
    void aliasesTickerSideAndClose() {
        ParsedSignal signal = parse("{\"ticker\":\"ADAUSDT\",\"side\":\"long\",\"close\":0.45}");
        assertEquals("ADAUSDT", signal.symbol());
        assertEquals("LONG", signal.direction().name());
        assertEquals(new BigDecimal("0.45"), signal.entry());
    }

    @Test
    void directionShortAndSignalPrice() {
        ParsedSignal signal = parse("{\"symbol\":\"SOL/USDT\",\"direction\":\"short\",\"signalPrice\":\"120\",\"sl\":125,\"tp\":[110,100]}");
        assertEquals("SOLUSDT", signal.symbol());
        assertEquals("SHORT", signal.direction().name());
        assertEquals(new BigDecimal("120"), signal.entry());
        assertEquals(List.of(new BigDecimal("110"), new BigDecimal("100")), signal.takeProfits());
    }

    @Test
    void anExplicitLimitTypeMakesTheLimitOrderOfSpec003() {
        ParsedSignal signal = parse("{\"ticker\":\"TSLA\",\"action\":\"buy\",\"quantity\":50,\"type\":\"limit\",\"price\":250.00}");
        assertEquals("LIMIT", signal.orderType().name());
        assertEquals(new BigDecimal("250"), signal.entry());
        assertEquals(new BigDecimal("50"), signal.quantity());
        assertEquals("STOCK", signal.assetClass().name());
    }

    @Test
    void exitAndCancelNeverOpenATrade() {
        assertEquals("EXIT", parse("{\"symbol\":\"AAPL\",\"action\":\"exit_long\"}").kind().name());
        assertEquals("CANCEL", parse("{\"symbol\":\"AAPL\",\"action\":\"cancel\"}").update().action().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"symbol\":\"BTCUSDT\"}", "{\"action\":\"buy\"}", "{\"symbol\":\"INVALID\",\"action\":\"invalid_action\"}",
            "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":0}", "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":\"abc\"}",
            "{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"type\":\"limit\"}", "[1,2]", "{\"invalid\": json}"})
    void invalidPayloadsAreRejectedWithAReason(String body) {
        ParsedSignal signal = parse(body);
        assertEquals(ParseStatus.REJECTED, signal.status(), body);
        assertFalse(signal.reasons().isEmpty());
    }

    @Test
    void aStopOnTheWrongSideIsRejected() {
        ParsedSignal signal = parse("{\"symbol\":\"ETHUSDT\",\"action\":\"sell\",\"price\":2800,\"stop_loss\":2700}");
        assertEquals(ParseStatus.REJECTED, signal.status());
        assertTrue(signal.reasons().get(0).contains("wrong side"));
    }

    @Test
    void octoBotKeyValue() {
        ParsedSignal signal = parse("SYMBOL=ETHBTC;SIGNAL=BUY;ORDER_TYPE=LIMIT;VOLUME=2%;PRICE=0.052;STOP_PRICE=0.049;TAKE_PROFIT_PRICE_1=0.055;TAKE_PROFIT_PRICE_2=0.058");
        assertEquals(ParseStatus.VALID, signal.status(), signal.reasons().toString());
        assertEquals("ETHBTC", signal.symbol());
        assertEquals("CRYPTO", signal.assetClass().name());
        assertEquals("LIMIT", signal.orderType().name());
        assertEquals(new BigDecimal("2"), signal.sizePercent());
        assertNull(signal.quantity());
        assertEquals(new BigDecimal("0.052"), signal.entry());
        assertEquals(new BigDecimal("0.049"), signal.stopLoss());
        assertEquals(List.of(new BigDecimal("0.055"), new BigDecimal("0.058")), signal.takeProfits());
    }

    @Test
    void keyValueOnSeparateLinesWithAFlatVolume() {
        ParsedSignal signal = parse("symbol=AAPL\nsignal=sell\nvolume=10");
        assertEquals("SHORT", signal.direction().name());
        assertEquals(new BigDecimal("10"), signal.quantity());
        assertEquals("MARKET", signal.orderType().name());
    }

    @Test
    void plainTextIsNotMistakenForKeyValue() {
        assertEquals("AAPL", parse("BUY AAPL @ 150 SL 145 TP 160").symbol());
    }

    @Test
    void aReplyWithoutSymbolTakesTheSymbolOfTheMessageItAnswers() {
        ParsedSignal reply = SignalParser.parse("TP1 hit, move stop to entry", "BUY AAPL @ 150 SL 145 TP 160", LocalDate.of(2026, 11, 22));
        assertEquals("AAPL", reply.symbol());
        assertEquals("STOCK", reply.assetClass().name());
        assertTrue(reply.flags().contains("SYMBOL_FROM_REPLY"));
        assertEquals("ETH", SignalParser.parse("closing ETH here", "BUY AAPL @ 150", LocalDate.of(2026, 11, 22)).symbol(),
                "a message that names its own symbol keeps it");
    }

    /** TradersPost's documented payload: nested exits, relative ones measured from the entry on the right side. */
    @Test
    void tradersPostNestedExitsAbsoluteAndRelative() {
        ParsedSignal absolute = parse("""
                {"ticker":"SQ","action":"buy","price":60.5,"quantity":10,"quantityType":"fixed_quantity",
                 "takeProfit":{"limitPrice":70},"stopLoss":{"type":"stop","stopPrice":55.25}}""");
        assertEquals(ParseStatus.VALID, absolute.status(), absolute.reasons().toString());
        assertEquals(new BigDecimal("55.25"), absolute.stopLoss());
        assertEquals(List.of(new BigDecimal("70")), absolute.takeProfits());
        assertEquals(new BigDecimal("10"), absolute.quantity());

        ParsedSignal longOne = parse("{\"ticker\":\"AMD\",\"action\":\"buy\",\"signalPrice\":200,"
                + "\"takeProfit\":{\"percent\":10},\"stopLoss\":{\"type\":\"stop\",\"amount\":5}}");
        assertEquals(new BigDecimal("220"), longOne.takeProfits().get(0), "a long's target 10 % above");
        assertEquals(new BigDecimal("195"), longOne.stopLoss(), "its stop $5 below");

        ParsedSignal shortOne = parse("{\"ticker\":\"AMD\",\"action\":\"sell\",\"price\":200,"
                + "\"takeProfit\":{\"amount\":20},\"stopLoss\":{\"percent\":2.5}}");
        assertEquals(ParseStatus.VALID, shortOne.status(), shortOne.reasons().toString());
        assertEquals(new BigDecimal("180"), shortOne.takeProfits().get(0), "a short's target below");
        assertEquals(new BigDecimal("205"), shortOne.stopLoss(), "its stop 2.5 % above");
    }

    @Test
    void relativeExitsOfAMarketOrderAreMeasuredFromTheMarketPrice() {
        String payload = "{\"ticker\":\"AMD\",\"action\":\"sell\",\"takeProfit\":{\"percent\":10},\"stopLoss\":{\"type\":\"stop\",\"amount\":4}}";
        ParsedSignal alone = parse(payload);
        assertEquals(ParseStatus.REJECTED, alone.status(), "the parser alone has nothing to measure from");
        assertTrue(alone.flags().contains(StructuredSignalParser.NEEDS_QUOTE), alone.toString());
        SignalParser parser = new SignalParser();
        List<String> asked = new ArrayList<>();
        ParsedSignal measured = parser.measuredFromQuote(payload, alone, (symbol, direction) -> {
            asked.add(symbol + " " + direction);
            return Optional.of(new BigDecimal("160.00"));
        });
        assertEquals(List.of("AMD SHORT"), asked, "the bid a short would sell at");
        assertEquals(ParseStatus.VALID, measured.status(), measured.toString());
        assertEquals(OrderType.MARKET, measured.orderType());
        assertNull(measured.entry(), "still a market order");
        assertEquals(new BigDecimal("164"), measured.stopLoss(), "a short's stop 4 above the market");
        assertEquals(List.of(new BigDecimal("144")), measured.takeProfits(), "its target 10 % below");
        assertTrue(measured.flags().contains(StructuredSignalParser.LEVELS_FROM_QUOTE));
        assertEquals(alone, parser.measuredFromQuote(payload, alone, (symbol, direction) -> Optional.empty()), "no quote: refused as before");
    }

    @Test
    void tradersPostRefusalsSayWhy() {
        assertRefused("{\"ticker\":\"AMD\",\"action\":\"buy\",\"stopLoss\":{\"percent\":2}}", "needs the entry to measure from");
        assertRefused("{\"ticker\":\"AMD\",\"action\":\"buy\",\"price\":10,\"stopLoss\":{\"type\":\"trailing_stop\",\"trailPercent\":3}}", "trailing stop");
        assertRefused("{\"ticker\":\"AMD\",\"action\":\"buy\",\"quantity\":500,\"quantityType\":\"dollar_amount\"}", "dollar_amount");
        assertRefused("{\"ticker\":\"AMD\",\"action\":\"buy\",\"price\":{\"value\":10}}", "price is not a number");
    }

    private static void assertRefused(String payload, String reason) {
        ParsedSignal signal = parse(payload);
        assertEquals(ParseStatus.REJECTED, signal.status(), payload);
        assertTrue(signal.reasons().get(0).contains(reason), signal.reasons().toString());
    }

    @Test
    void sentimentFlatClosesAndNeverOpens() {
        ParsedSignal closeLong = parse("{\"ticker\":\"NVDA\",\"action\":\"sell\",\"sentiment\":\"flat\"}");
        assertEquals("EXIT", closeLong.kind().name());
        assertEquals("LONG", closeLong.direction().name(), "selling to flat closes a long");
        ParsedSignal closeShort = parse("{\"ticker\":\"NVDA\",\"action\":\"buy\",\"sentiment\":\"flat\",\"quantity\":100,\"quantityType\":\"percent_of_position\"}");
        assertEquals("EXIT", closeShort.kind().name());
        assertEquals("SHORT", closeShort.direction().name());
        assertEquals(ParseStatus.VALID, closeShort.status(), closeShort.reasons().toString());
        assertEquals(ParseStatus.REJECTED, parse("{\"ticker\":\"NVDA\",\"action\":\"sell\",\"sentiment\":\"flat\",\"quantity\":50,"
                + "\"quantityType\":\"percent_of_position\"}").status(), "half a position cannot be closed yet");
    }

    @Test
    void anUnreplacedTradingViewPlaceholderIsRefusedWithTheReason() {
        ParsedSignal signal = parse("{\"ticker\":\"{{ticker}}\",\"action\":\"buy\",\"price\":\"{{close}}\"}");
        assertEquals(ParseStatus.REJECTED, signal.status());
        assertTrue(signal.reasons().get(0).contains("{{ticker}}") && signal.reasons().get(0).contains("was not replaced"), signal.reasons().toString());
        ParsedSignal nested = parse("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"stopPrice\":\"{{plot_0}}\"}}");
        assertTrue(nested.reasons().get(0).contains("{{plot_0}} (in stopLoss.stopPrice)"), nested.reasons().toString());
    }

    @Test
    void numbersNoMarketTradesAtAreRefusedNotExpanded() {
        assertEquals(ParseStatus.REJECTED, parse("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"price\":1e999999999}").status());
        assertEquals(ParseStatus.REJECTED, parse("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":\"1e-999999999\"}").status());
        assertEquals(ParseStatus.REJECTED, parse("BUY AAPL @ 150 SL " + "9".repeat(40)).status());
    }
}
