package org.tradeexecutor.platform.boundary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console of {@code scripts/run} (scripts/lib/quiet-console.awk) over a real Payara Micro console: one line for
 * each record of the application's own loggers, each SEVERE record and the "ready" line — and nothing of Payara's
 * boot command echo, which stays in the log file only.
 */
class QuietConsoleTest {

    private static final Path CONSOLE = Path.of("src/test/resources/console/payara-micro-console.txt");
    private static final Pattern RECORD_START = Pattern.compile("^(\033\\[[0-9;]*m)?\\[\\d{4}-", Pattern.MULTILINE);

    @Test
    void showsTheApplicationsLinesSevereOnesAndReadyButNotTheBootEcho() throws Exception {
        String console = Files.readString(CONSOLE);
        String plain = console.replaceAll("\033\\[[0-9;]*m", "");
        List<String> records = Arrays.stream(RECORD_START.split(plain)).skip(1).toList();
        long ours = records.stream().filter(r -> r.split("] \\[")[4].startsWith("org.tradeexecutor")).count();
        long severe = records.stream().filter(r -> r.split("] \\[")[2].equals("SEVERE")).count();
        assertTrue(plain.contains("Boot Command set returned"), "the sample has the echo a newcomer used to see");

        List<String> shown = quiet().lines().filter(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d .*")).toList();
        assertEquals(ours + severe + 1, shown.size(), String.join("\n", shown));
        assertTrue(shown.stream().anyMatch(l -> l.contains("Payara Micro is ready: Payara Micro 6.2025.10")), "the ready line");
        assertTrue(shown.stream().anyMatch(l -> l.contains("SEVERE  core: Constraints for this ApplicationRef")), "a SEVERE record of Payara's");
        assertTrue(shown.stream().anyMatch(l -> l.contains("INFO    GracefulStop: Stopping gracefully")), "the application's own lines, short");
        assertFalse(quiet().contains("Boot Command"), "the echo stays in the log file");
        assertFalse(quiet().contains("\033["), "no colour codes");
    }

    private static String quiet() throws IOException, InterruptedException {
        Process awk = new ProcessBuilder("awk", "-f", "scripts/lib/quiet-console.awk", CONSOLE.toString()).redirectErrorStream(true).start();
        String out = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, awk.waitFor(), out);
        return out;
    }
}
