package org.tradeexecutor.signals.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code scripts/bench parse}: parser throughput and per-message latency over the test corpus plus the JSON and
 * key=value examples, after a warm-up. Single thread; prints one line of results.
 */
public final class ParserBenchmark {

    private ParserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> messages = messages();
        LocalDate today = LocalDate.of(2026, 11, 22);
        if (args.length > 1 && args[1].equals("--slowest")) {
            slowest(messages, today);
            return;
        }
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (String message : messages) {
                SignalParser.parse(message, today);
            }
        }
        long[] samples = new long[5_000_000];
        int count = 0;
        long sink = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && count < samples.length - messages.size()) {
            for (String message : messages) {
                long before = System.nanoTime();
                sink += SignalParser.parse(message, today).reasons().size();
                samples[count++] = System.nanoTime() - before;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        System.out.printf("messages=%d distinct=%d throughput=%.0f/s p50=%.1fus p99=%.1fus p99.9=%.1fus max=%.1fus (sink %d)%n",
                count, messages.size(), count / elapsed, sorted[count / 2] / 1e3, sorted[(int) (count * 0.99)] / 1e3,
                sorted[(int) (count * 0.999)] / 1e3, sorted[count - 1] / 1e3, sink);
    }

    /** The ten messages that take longest on average: where to look when the budget is missed. */
    private static void slowest(List<String> messages, LocalDate today) {
        record Timing(String message, double micros) { }
        List<Timing> timings = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            timings.clear();
            for (String message : messages) {
                long start = System.nanoTime();
                for (int i = 0; i < 2_000; i++) {
                    SignalParser.parse(message, today);
                }
                timings.add(new Timing(message, (System.nanoTime() - start) / 2_000 / 1e3));
            }
        }
        timings.sort((a, b) -> Double.compare(b.micros(), a.micros()));
        timings.stream().limit(10).forEach(t -> System.out.printf("%8.1f us  %s%n", t.micros(), t.message().replace("\n", " / ")));
    }

    private static List<String> messages() throws IOException {
        List<String> messages = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ParserBenchmark.class.getResourceAsStream("/signals/corpus.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    messages.add(line.substring(0, line.lastIndexOf(" => ")).replace("\\n", "\n"));
                }
            }
        }
        messages.add("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":45000,\"stop_loss\":43000,\"take_profit\":48000,\"quantity\":0.001}");
        messages.add("SYMBOL=ETHBTC;SIGNAL=BUY;ORDER_TYPE=LIMIT;VOLUME=2%;PRICE=0.052;STOP_PRICE=0.049");
        return messages;
    }
}
