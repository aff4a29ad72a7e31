package org.tradeexecutor.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded inputs for fuzzing the signal readers (PRODUCT S4, never a 500): the corpus's real messages mutated — cut,
 * spliced, characters dropped, doubled and inserted, huge and odd numbers, the channels' own words and emoji — and
 * payload objects of the webhook keys with values of every type, nested or cut off. The same seed, the same inputs.
 */
public final class SignalInputs {

    private static final String[] NUMBERS = {"0", "-1", "1e999999999", "1E-999999999", "9".repeat(400), ".", "..5", "1,2,3", "NaN",
            "Infinity", "-0", "0.0000000000000000000001", "1e308", "0x1F", "١٢٣", "½", "12,", ",5", "$", "k", "1k", "99999999999999999999k"};
    private static final String[] FRAGMENTS = {"BUY", "SELL", "SL", "TP", "TP1:", "PT", "@", "$", "%", "x", "BTO", "STC", "C", "P",
            "12/20", "Entry:", "Targets:", "1)", "2)", "Stop Targets:", "Leverage", "Cross 20x", "#BTC/USDT", "➡️", "🟢", "\n", "\t",
            "(", ")", "[", "]", "-", "/", "move SL to entry", "breakeven", "{{close}}", "\u0000", "\uFFFF", "\uD83D", "ROLE", "<@&123>"};
    private static final String[] JSON_VALUES = {"null", "true", "[]", "{}", "[[[[]]]]", "\"\"", "\"{{close}}\"", "-5", "1e999999999",
            "\"1e999999999\"", "{\"percent\": 5}", "{\"amount\": \"x\"}", "{\"limitPrice\": 1e400}", "{\"type\": \"stop\", \"stopPrice\": []}",
            "[1, \"a\", null, {}]", "\"BUY\"", "\"sell\"", "\"flat\"", "{\"a\": {\"b\": {\"c\": {}}}}", "12345678901234567890123"};
    private static final String[] JSON_KEYS = {"ticker", "symbol", "action", "side", "sentiment", "price", "signalPrice", "takeProfit",
            "stopLoss", "quantity", "quantityType", "type", "orderType", "leverage", "tp", "sl", "targets", "contracts", "expiry", "strike"};

    private final List<String> seeds = seeds();
    private final Random random;

    public SignalInputs(long seed) {
        this.random = new Random(seed);
    }

    /** The next input: a mutated message two times in three, else a payload. */
    public String next(int index) {
        return index % 3 == 0 ? payload() : message();
    }

    /** A corpus message (or payload) with one to four mutations. */
    public String message() {
        return mutate(seeds.get(random.nextInt(seeds.size())));
    }

    /** The corpus's messages: real forms to mutate. */
    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        try (InputStream in = SignalInputs.class.getResourceAsStream("/signals/corpus.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.contains(" => ") && !line.startsWith("#")) {
                    seeds.add(line.substring(0, line.indexOf(" => ")).replace("\\n", "\n"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seeds.add("{\"ticker\": \"AAPL\", \"action\": \"buy\", \"price\": 150, \"stopLoss\": {\"type\": \"stop\", \"stopPrice\": 145}}");
        seeds.add("SYMBOL=ETHBTC;SIGNAL=BUY;ORDER_TYPE=LIMIT;VOLUME=2%;PRICE=0.05;STOP_PRICE=0.045;TAKE_PROFIT_PRICE_1=0.06");
        return seeds;
    }

    private String mutate(String message) {
        StringBuilder text = new StringBuilder(message);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> text.insert(at, NUMBERS[random.nextInt(NUMBERS.length)]);
                case 1 -> text.insert(at, " " + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + " ");
                case 2 -> { // drop a stretch
                    int end = Math.min(text.length(), at + random.nextInt(8));
                    text.delete(Math.min(at, end), end);
                }
                case 3 -> { // double a stretch
                    int end = Math.min(text.length(), at + random.nextInt(12));
                    text.insert(at, text.substring(Math.min(at, end), end));
                }
                case 4 -> text.insert(at, (char) random.nextInt(0x3000));
                case 5 -> text.replace(0, text.length(), text.toString().toUpperCase(Locale.ROOT));
                default -> text.insert(at, " " + random.nextInt(100_000) / Math.pow(10, random.nextInt(6)) + " ");
            }
        }
        return text.toString();
    }

    /** A JSON object of the payload keys with values of every type, nested or cut off part of the time. */
    public String payload() {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(8);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                json.append(',');
            }
            String value = switch (random.nextInt(4)) {
                case 0 -> JSON_VALUES[random.nextInt(JSON_VALUES.length)];
                case 1 -> "\"" + FRAGMENTS[random.nextInt(FRAGMENTS.length)].replace("\\", "").replace("\"", "").replace("\n", "\\n")
                        .replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
                case 2 -> "\"" + NUMBERS[random.nextInt(NUMBERS.length)] + "\"";
                default -> NUMBERS[random.nextInt(NUMBERS.length)];
            };
            json.append('"').append(JSON_KEYS[random.nextInt(JSON_KEYS.length)]).append("\":").append(value);
        }
        json.append('}');
        String text = json.toString();
        return random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length() + 1)) : text;
    }
}
