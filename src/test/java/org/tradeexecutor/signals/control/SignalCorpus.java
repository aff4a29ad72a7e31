package org.tradeexecutor.signals.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A corpus file of signals/: one message per line, " => ", then key=value fields; "#" lines are comments. */
final class SignalCorpus {

    /** @param message with "\n" turned into a line break */
    record Case(String message, Map<String, String> expectations) {
    }

    private SignalCorpus() {
    }

    static List<Case> read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(SignalCorpus.class.getResourceAsStream(resource), resource)) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.lastIndexOf(" => ");
                Map<String, String> expectations = new LinkedHashMap<>();
                for (String expectation : line.substring(arrow + 4).trim().split("\\s+")) {
                    String[] pair = expectation.split("=", 2);
                    expectations.put(pair[0], pair[1]);
                }
                cases.add(new Case(line.substring(0, arrow).trim().replace("\\n", "\n"), expectations));
            }
            return cases;
        }
    }
}
