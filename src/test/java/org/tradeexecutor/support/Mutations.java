package org.tradeexecutor.support;

import java.util.Random;

/**
 * Seeded mutations of a valid payload for fuzz tests: characters deleted, repeated or replaced by JSON's own
 * punctuation, values swapped for other types, a cut at any point. The same seed gives the same cases.
 */
public final class Mutations {

    private static final String[] VALUES = {"null", "true", "0", "-1", "1e309", "\"\"", "[]", "{}", "\"\\u0000\"", "\"x\"", "[null]", "{\"a\":{}}"};
    private static final String PUNCTUATION = "{}[]\":,\\ ";

    private Mutations() {
    }

    public static String of(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                case 2 -> text.insert(at, text.charAt(at));
                case 3 -> replaceValue(text, at, VALUES[random.nextInt(VALUES.length)]);
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    /** Replaces the value after the next ':' from {@code at} (up to the next ',' or '}') with another. */
    private static void replaceValue(StringBuilder text, int at, String value) {
        int colon = text.indexOf(":", at);
        if (colon < 0) {
            return;
        }
        int end = colon + 1;
        int depth = 0;
        while (end < text.length() && (depth > 0 || (text.charAt(end) != ',' && text.charAt(end) != '}'))) {
            char c = text.charAt(end);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            end++;
        }
        text.replace(colon + 1, end, value);
    }
}
