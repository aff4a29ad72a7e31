package org.tradeexecutor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fault suite's results: a file per case in {@code target/fault-report/} holding its line (case, context, expected,
 * placed, duplicated, lost, unprotected, exact or not, findings), which {@code scripts/faults} prints; the case's test
 * fails unless exact.
 */
public final class FaultReport {

    static final Path DIRECTORY = Path.of("target", "fault-report");

    private FaultReport() {
    }

    /**
     * Records the case's count and fails the test unless it is exact.
     *
     * @param context what the fault left, e.g. what was stored and sent at the kill
     */
    public static void check(String caseName, String context, OrderTally tally) {
        String line = String.join("\t", caseName, context.replaceAll("[\\t\\n]", " "), Integer.toString(tally.expected()), Integer.toString(tally.placed()),
                Integer.toString(tally.duplicated()), Integer.toString(tally.lost()), Integer.toString(tally.unprotected()),
                tally.exact() ? "exact" : "NOT EXACT", String.join("; ", tally.findings().subList(0, Math.min(5, tally.findings().size())))
                        .replaceAll("[\\t\\n]", " ")) + "\n";
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(caseName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".tsv"), line,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!tally.exact()) {
            throw new AssertionError(caseName + ": " + tally);
        }
    }
}
