package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The predecessor's free-text vectors (upstream-spec §5.1), with the "Intended" column where upstream was wrong. */
class PredecessorVectorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BTC/USDT buy at $45000 with stop loss at $43000 and target at $48000 | LONG  | BTCUSDT | 45000  | 43000 | 48000
            Short ETHUSDT at 2800 sl 2850 tp 2600                                | SHORT | ETHUSDT | 2800   | 2850  | 2600
            BTC/USD buy                                                          | LONG  | BTCUSD  | -      | -     | -
            BTC-USDT long                                                        | LONG  | BTCUSDT | -      | -     | -
            ETHUSDT bullish                                                      | LONG  | ETHUSDT | -      | -     | -
            ADA/BTC bull                                                         | LONG  | ADABTC  | -      | -     | -
            BTCUSDT buy at 45000                                                 | LONG  | BTCUSDT | 45000  | -     | -
            BTCUSDT long at 45000                                                | LONG  | BTCUSDT | 45000  | -     | -
            BTCUSDT bull at 45000                                                | LONG  | BTCUSDT | 45000  | -     | -
            BTCUSDT bullish at 45000                                             | LONG  | BTCUSDT | 45000  | -     | -
            BTCUSDT sell at 45000                                                | SHORT | BTCUSDT | 45000  | -     | -
            BTCUSDT short at 45000                                               | SHORT | BTCUSDT | 45000  | -     | -
            BTCUSDT bear at 45000                                                | SHORT | BTCUSDT | 45000  | -     | -
            BTCUSDT bearish at 45000                                             | SHORT | BTCUSDT | 45000  | -     | -
            BTCUSDT buy                                                          | LONG  | BTCUSDT | -      | -     | -
            BTCUSDT buy at $45000                                                | LONG  | BTCUSDT | 45000  | -     | -
            ETHUSDT buy at 2800.50                                               | LONG  | ETHUSDT | 2800.5 | -     | -
            BTCUSDT buy sl 43000                                                 | LONG  | BTCUSDT | -      | 43000 | -
            BTCUSDT buy stop loss 43000                                          | LONG  | BTCUSDT | -      | 43000 | -
            BTCUSDT buy stop: 43000                                              | LONG  | BTCUSDT | -      | 43000 | -
            BTCUSDT buy stop loss: $43000                                        | LONG  | BTCUSDT | -      | 43000 | -
            BTCUSDT buy tp 48000                                                 | LONG  | BTCUSDT | -      | -     | 48000
            BTCUSDT buy take profit 48000                                        | LONG  | BTCUSDT | -      | -     | 48000
            BTCUSDT buy target: 48000                                            | LONG  | BTCUSDT | -      | -     | 48000
            BTCUSDT buy target: $48000                                           | LONG  | BTCUSDT | -      | -     | 48000
            🚀 $BTC Long Entry: $45,000 SL: $43,000 TP: $48,000 🎯               | LONG  | BTC     | 45000  | 43000 | 48000
            ADA/USDT bullish momentum, entry 0.45, stop 0.42                     | LONG  | ADAUSDT | 0.45   | 0.42  | -
            BUY AAPL @ $150, SL $145, TP $160                                    | LONG  | AAPL    | 150    | 145   | 160
            BUY AAPL @ 150 SL 145 TP 160                                         | LONG  | AAPL    | 150    | 145   | 160
            BUY AAPL @ $150                                                      | LONG  | AAPL    | 150    | -     | -
            BUY BTCUSDT at 45000\\nSL: 43000\\nTP: 48000                          | LONG  | BTCUSDT | 45000  | 43000 | 48000
            BUY BABA @ $80                                                       | LONG  | BABA    | 80     | -     | -
            BUY BTC-USDT @ $45000                                                | LONG  | BTCUSDT | 45000  | -     | -
            LONG TSLA                                                            | LONG  | TSLA    | -      | -     | -
            """)
    void entries(String message, String direction, String symbol, BigDecimal entry, BigDecimal stop, String targets) {
        ParsedSignal signal = TextSignalParser.parse(message.replace("\\n", "\n"), TODAY);
        assertEquals(ParseStatus.VALID, signal.status(), () -> message + " -> " + signal);
        assertEquals(direction, signal.direction().name(), message);
        assertEquals(symbol, signal.symbol(), message);
        assertEquals(entry, signal.entry(), message);
        assertEquals(entry == null ? "MARKET" : "LIMIT", signal.orderType().name(), message);
        assertEquals(stop, signal.stopLoss(), message);
        List<BigDecimal> expectedTargets = targets == null ? List.of() : Stream.of(targets.split(" ")).map(BigDecimal::new).toList();
        assertEquals(expectedTargets, signal.takeProfits(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello, how are you today?", "BTCUSDT looking interesting at 45000", "buy at 45000", "", "   ", "\n\t",
            "Hello everyone", "Good morning", "How was your day?", "The weather is nice", "Check out this article"})
    void notSignals(String message) {
        ParsedSignal signal = TextSignalParser.parse(message, TODAY);
        assertEquals(ParseStatus.IGNORED, signal.status(), () -> message + " -> " + signal);
        assertNull(signal.kind());
    }

    @Test
    void pipeSeparatedWithTwoNumberedTargets() {
        ParsedSignal signal = TextSignalParser.parse("ETHUSDT SHORT 2800 | SL 2850 | TP1: 2750 TP2: 2700", TODAY);
        assertEquals(ParseStatus.VALID, signal.status());
        assertEquals("SHORT", signal.direction().name());
        assertEquals(new BigDecimal("2800"), signal.entry());
        assertEquals(new BigDecimal("2850"), signal.stopLoss());
        assertEquals(List.of(new BigDecimal("2750"), new BigDecimal("2700")), signal.takeProfits());
    }

    @Test
    void aMultiLineMessageWithThousandsSeparators() {
        ParsedSignal signal = TextSignalParser.parse("BUY BTC at $45,000\nStop Loss: $43,500\nTake Profit: $47,000", TODAY);
        assertEquals("BTC", signal.symbol());
        assertEquals(new BigDecimal("45000"), signal.entry());
        assertEquals(new BigDecimal("43500"), signal.stopLoss());
        assertEquals(List.of(new BigDecimal("47000")), signal.takeProfits());
    }

    @Test
    void aSlashCommandWithAQuantityAtMarket() {
        ParsedSignal signal = TextSignalParser.parse("/buy AAPL 100 shares @market", TODAY);
        assertEquals("AAPL", signal.symbol());
        assertEquals(new BigDecimal("100"), signal.quantity());
        assertEquals("MARKET", signal.orderType().name());
        assertNull(signal.entry());
    }
}
