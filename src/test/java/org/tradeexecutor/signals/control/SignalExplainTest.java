package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.FieldSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explain (PRODUCT S5): each field points at the text of the message it came from, with the rule that read it. */
class SignalExplainTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void eachFieldOfATextSignalPointsAtItsWords() {
        Map<String, FieldSource> sources = sources("🚀 BUY AAPL @ 150 SL 145 TP 160");
        assertEquals("BUY", sources.get("direction").text());
        assertEquals("AAPL", sources.get("symbol").text());
        assertEquals("150", sources.get("entry").text());
        assertEquals("SL 145", sources.get("stopLoss").text());
        assertEquals("TP 160", sources.get("takeProfits").text());
        assertTrue(sources.get("stopLoss").rule().contains("stop keyword"), sources.get("stopLoss").rule());
        assertEquals("🚀 BUY AAPL @ 150 SL 145 TP 160".indexOf("SL 145"), sources.get("stopLoss").start());
    }

    @Test
    void spansAreTheMessageAsSentAcrossLinesEmojiAndMarkdown() {
        String message = "⚡️⚡️ #DOGE/USDT ⚡️⚡️\nSignal Type: Regular (Long)\nLeverage: Cross (20X)\nEntry Targets:\n1) 0.3820\n2) 0.3750\n"
                + "Take-Profit Targets:\n1) 0.3900\n2) 0.3980\nStop Targets:\n1) 0.3620";
        Map<String, FieldSource> sources = sources(message);
        assertEquals("DOGE/USDT", sources.get("symbol").text());
        assertEquals("Entry Targets:\n1) 0.3820\n2) 0.3750", sources.get("entryRange").text());
        assertEquals("Take-Profit Targets:\n1) 0.3900\n2) 0.3980", sources.get("takeProfits").text());
        assertEquals("Stop Targets:\n1) 0.3620", sources.get("stopLoss").text());
        assertEquals("Leverage: Cross (20X)", sources.get("leverage").text());
        String markdown = "**SIDE:** __SHORT__ **PAIR:** SEI/USDT **ENTRY:** `0.4120` **SL:** `0.4260`";
        Map<String, FieldSource> fromMarkdown = sources(markdown);
        assertEquals("0.4120", fromMarkdown.get("entry").text());
        assertEquals(markdown.indexOf("0.4120"), fromMarkdown.get("entry").start());
        assertEquals("SL:** `0.4260", fromMarkdown.get("stopLoss").text());
    }

    @Test
    void optionsAndManagementNameTheirParts() {
        Map<String, FieldSource> option = sources("BTO 3 NVDA 12/20 150c @ 2.35");
        assertEquals("BTO", option.get("direction").text());
        assertEquals("150c", option.get("option.strike").text());
        assertEquals("12/20", option.get("option.expiration").text());
        assertEquals("@ 2.35", option.get("entry").text());
        assertEquals("3", option.get("quantity").text());
        Map<String, FieldSource> update = sources("TP1 hit on ETH, move SL to entry");
        assertEquals("SL", update.get("update").text());
        assertEquals("ETH", update.get("symbol").text());
    }

    @Test
    void aJsonFieldPointsAtItsKey() {
        String payload = "{\"ticker\":\"AMD\",\"action\":\"buy\",\"signalPrice\":140,\"stopLoss\":{\"type\":\"stop\",\"percent\":5}}";
        Map<String, FieldSource> sources = sources(payload);
        assertEquals("\"ticker\":\"AMD\"", sources.get("symbol").text());
        assertEquals("\"stopLoss\":{\"type\":\"stop\",\"percent\":5}", sources.get("stopLoss").text());
        assertEquals("\"signalPrice\":140", sources.get("entry").text());
        assertEquals("SYMBOL=ETHBTC", sources("SYMBOL=ETHBTC;SIGNAL=BUY;PRICE=0.052").get("symbol").text());
    }

    private static Map<String, FieldSource> sources(String message) {
        ExplainedSignal explained = SignalParser.explain(message, TODAY);
        assertEquals(SignalParser.parse(message, TODAY), explained.signal());
        return explained.explanation().stream().collect(Collectors.toMap(FieldSource::field, s -> s, (first, second) -> first));
    }
}
