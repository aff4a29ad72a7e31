package org.tradeexecutor.support;

import java.util.Random;

/**
 * Symbols of a test's own. The test server's quotes hold still, and a symbol's price starts at the first price a
 * signal names for it, else at one drawn from its name (20 + the name's hash mod 480): a symbol another test quoted
 * first may sit anywhere.
 */
public final class TestSymbols {

    private static final Random RANDOM = new Random();

    private TestSymbols() {
    }

    /** The prefix and three random letters (digits would be read as a quantity): most likely quoted by nobody yet. */
    public static String fresh(String prefix) {
        StringBuilder candidate = new StringBuilder(prefix);
        for (int i = 0; i < 3; i++) {
            candidate.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return candidate.toString();
    }

    /** A fresh symbol priced at 20 to 40, so that an order is a dozen shares or more (and fills in parts at the Alpaca stub). */
    public static String cheap(String prefix) {
        while (true) {
            String candidate = fresh(prefix);
            if (Math.floorMod(candidate.hashCode(), 480) < 20) {
                return candidate;
            }
        }
    }
}
