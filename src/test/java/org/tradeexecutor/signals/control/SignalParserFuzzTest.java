package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.FieldSource;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.support.SignalInputs;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * PRODUCT S4, "never a 500 on input": thousands of mutated messages and payloads — the corpus's messages and JSON
 * payloads cut, spliced, with characters dropped, doubled and swapped, huge and odd numbers, deep and wrong-typed
 * JSON — each gets a parse result (a status and, unless VALID, a reason) within a moment, never an exception. The
 * generator is seeded: a failure names the seed and the input, and runs the same again.
 */
class SignalParserFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 20_000);

    @Test
    void everyMutatedInputGetsAResultNeverAnException() throws Exception {
        SignalInputs inputs = new SignalInputs(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < CASES; i++) {
                String input = inputs.next(i);
                check(worker, input, i);
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** Inputs as large as a webhook may send (64 KB): repeated forms, one long word, deep JSON — each read within the time. */
    @Test
    void inputsUpToTheSizeLimitAreReadInTime() throws Exception {
        int limit = org.tradeexecutor.signals.boundary.WebhookResource.MAX_BYTES;
        List<String> large = List.of(
                "BUY AAPL @ 150 SL 145 TP 160 ".repeat(limit / 30),
                "TP ".repeat(limit / 3),
                "1.".repeat(limit / 2),
                "BUY " + "9".repeat(limit - 10),
                "🟢".repeat(limit / 4),
                "{\"a\":".repeat(limit / 8) + "1" + "}".repeat(limit / 8),
                "[".repeat(limit / 2),
                "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"targets\":[" + "1,".repeat(limit / 3) + "1]}",
                "SYMBOL=X;" + "TAKE_PROFIT_PRICE_1=1;".repeat(limit / 25));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < large.size(); i++) {
                check(worker, large.get(i), i);
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private static void check(ExecutorService worker, String input, int index) throws InterruptedException {
        Future<ParsedSignal> parsed = worker.submit(() -> {
            explainedWithinTheInput(input, index);
            return SignalParser.parse(input, "BUY AAPL @ 150", TODAY);
        });
        try {
            ParsedSignal signal = parsed.get(2, TimeUnit.SECONDS);
            assertNotNull(signal.status(), () -> "no status for case " + index + " (seed " + SEED + "): " + printable(input));
            if (signal.status() != ParseStatus.VALID) {
                assertTrue(!signal.reasons().isEmpty(), () -> "no reason for case " + index + " (seed " + SEED + "): " + printable(input));
            }
        } catch (ExecutionException e) {
            throw new AssertionError("case " + index + " (seed " + SEED + ") threw on: " + printable(input), e.getCause());
        } catch (TimeoutException e) {
            parsed.cancel(true);
            fail("case " + index + " (seed " + SEED + ") took over 2 s: " + printable(input));
        }
    }

    /** Explain answers the same parse, and every span it names is text of the input. */
    private static void explainedWithinTheInput(String input, int index) {
        ExplainedSignal explained = SignalParser.explain(input, TODAY);
        assertEquals(SignalParser.parse(input, TODAY), explained.signal(), () -> "explain parsed case " + index + " otherwise: " + printable(input));
        for (FieldSource source : explained.explanation()) {
            boolean inside = source.start() >= 0 && source.start() <= source.end() && source.end() <= input.length()
                    && input.substring(source.start(), source.end()).equals(source.text());
            assertTrue(inside, () -> "span " + source + " of case " + index + " is not text of the input: " + printable(input));
        }
    }

    private static String printable(String input) {
        StringBuilder out = new StringBuilder();
        input.codePoints().limit(400).forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
