package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message of signals/corpus.txt parses to the fields written beside it. */
class SignalCorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<String[]> cases = cases();
        assertTrue(cases.size() >= 100, "the corpus must hold at least 100 messages, it holds " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> check(c[0], c[1])));
    }

    private static void check(String message, String expectations) {
        ParsedSignal signal = TextSignalParser.parse(message.replace("\\n", "\n"), TODAY);
        Map<String, String> actual = describe(signal);
        for (String expectation : expectations.trim().split("\\s+")) {
            String[] pair = expectation.split("=", 2);
            assertEquals(pair[1], actual.get(pair[0]), () -> pair[0] + " of \"" + message + "\" in " + signal);
        }
    }

    /** The parse result in the corpus's own notation. */
    static Map<String, String> describe(ParsedSignal s) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", name(s.status()));
        fields.put("kind", name(s.kind()));
        fields.put("symbol", s.symbol());
        fields.put("asset", name(s.assetClass()));
        fields.put("dir", name(s.direction()));
        fields.put("type", name(s.orderType()));
        fields.put("entry", plain(s.entry()));
        fields.put("range", s.entryRange() == null ? null : plain(s.entryRange().low()) + "-" + plain(s.entryRange().high()));
        fields.put("sl", plain(s.stopLoss()));
        fields.put("tp", s.takeProfits().isEmpty() ? null : String.join(",", s.takeProfits().stream().map(SignalCorpusTest::plain).toList()));
        fields.put("lev", plain(s.leverage()));
        fields.put("size", plain(s.sizePercent()));
        fields.put("qty", plain(s.quantity()));
        fields.put("right", s.option() == null ? null : name(s.option().right()));
        fields.put("strike", s.option() == null ? null : plain(s.option().strike()));
        fields.put("exp", s.option() == null || s.option().expiration() == null ? null : s.option().expiration().toString());
        fields.put("action", s.update() == null ? null : name(s.update().action()));
        fields.put("price", s.update() == null ? null : plain(s.update().price()));
        fields.put("flags", s.flags().isEmpty() ? null : String.join(",", s.flags().stream().sorted().toList()));
        return fields;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static List<String[]> cases() throws IOException {
        try (InputStream in = Objects.requireNonNull(SignalCorpusTest.class.getResourceAsStream("/signals/corpus.txt"))) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.lastIndexOf(" => ");
                cases.add(new String[]{line.substring(0, arrow).trim(), line.substring(arrow + 4)});
            }
            return cases;
        }
    }

}
