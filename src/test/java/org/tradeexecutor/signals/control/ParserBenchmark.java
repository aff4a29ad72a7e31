package org.tradeexecutor.signals.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * {@code scripts/bench parse}: parser throughput and per-message latency over both corpora (development and held out)
 * plus a JSON and a key=value example, after a warm-up, beside its floor measured the same way: one precompiled regular
 * expression over the same messages. Single thread; prints one line of results.
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
        // The floor (issue #16): one pass of one precompiled regular expression over the same messages.
        Pattern floorPattern = Pattern.compile("(?i)\\b(buy|sell|long|short)\\b\\s+\\$?([A-Z]{1,10})\\b.*?(\\d+(?:\\.\\d+)?)", Pattern.DOTALL);
        Latencies ours = measure(messages, seconds, message -> SignalParser.parse(message, today).reasons().size());
        Latencies floor = measure(messages, seconds, message -> floorPattern.matcher(message).find() ? 1 : 0);
        System.out.printf("messages=%d distinct=%d throughput=%.0f/s p50=%.1fus p99=%.1fus p99.9=%.1fus max=%.1fus"
                        + " floor_p50=%.2fus floor_p99=%.2fus ratio_p50=%.1f ratio_p99=%.1f (sink %d)%n",
                ours.count, messages.size(), ours.count / ours.seconds, ours.micros(0.5), ours.micros(0.99), ours.micros(0.999),
                ours.micros(1), floor.micros(0.5), floor.micros(0.99), ours.micros(0.5) / floor.micros(0.5),
                ours.micros(0.99) / floor.micros(0.99), ours.sink + floor.sink);
    }

    /** Sorted per-message times of one run. */
    private record Latencies(long[] sorted, int count, double seconds, long sink) {
        double micros(double quantile) {
            return sorted[Math.min(count - 1, (int) (count * quantile))] / 1e3;
        }
    }

    /** 3 s of warm-up, then {@code seconds} of timed calls, one sample per message. */
    private static Latencies measure(List<String> messages, int seconds, ToLongFunction<String> work) {
        long sink = 0;
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (String message : messages) {
                sink += work.applyAsLong(message);
            }
        }
        long[] samples = new long[5_000_000];
        int count = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && count < samples.length - messages.size()) {
            for (String message : messages) {
                long before = System.nanoTime();
                sink += work.applyAsLong(message);
                samples[count++] = System.nanoTime() - before;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Latencies(sorted, count, elapsed, sink);
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
        for (String corpus : List.of("/signals/corpus.txt", "/signals/corpus-holdout.txt")) {
            SignalCorpus.read(corpus).forEach(c -> messages.add(c.message()));
        }
        messages.add("{\"symbol\":\"BTCUSDT\",\"action\":\"buy\",\"price\":45000,\"stop_loss\":43000,\"take_profit\":48000,\"quantity\":0.001}");
        messages.add("SYMBOL=ETHBTC;SIGNAL=BUY;ORDER_TYPE=LIMIT;VOLUME=2%;PRICE=0.052;STOP_PRICE=0.049");
        return messages;
    }
}
