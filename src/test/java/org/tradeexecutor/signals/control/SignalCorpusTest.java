package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message of signals/corpus.txt parses to the fields written beside it. */
class SignalCorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<SignalCorpus.Case> cases = SignalCorpus.read("/signals/corpus.txt");
        assertTrue(cases.size() >= 100, "the corpus must hold at least 100 messages, it holds " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.message(), () -> check(c)));
    }

    private static void check(SignalCorpus.Case c) {
        ParsedSignal signal = SignalParser.parse(c.message(), TODAY);
        Map<String, String> actual = describe(signal);
        c.expectations().forEach((key, expected) -> // "sl=null": that field must be empty
                assertEquals(expected.equals("null") ? null : expected, actual.get(key), () -> key + " of \"" + c.message() + "\" in " + signal));
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
}
