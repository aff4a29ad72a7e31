package org.tradeexecutor.analytics.entity;

import java.time.Instant;

/**
 * Which closed trades a history shows (PRODUCT P2). Every part is optional (null: any).
 *
 * @param from       closed at or after
 * @param to         closed before
 * @param symbol     exactly this symbol (upper case)
 * @param direction  LONG or SHORT
 * @param outcome    win (pnl &gt; 0), loss (pnl &lt; 0) or even
 * @param providerId from this provider's signals
 */
public record TradeFilter(Instant from, Instant to, String symbol, String direction, Outcome outcome, String providerId) {

    public static final TradeFilter NONE = new TradeFilter(null, null, null, null, null, null);

    public enum Outcome {
        WIN(1), LOSS(-1), EVEN(0);

        private final int sign;

        Outcome(int sign) {
            this.sign = sign;
        }

        public int sign() {
            return sign;
        }
    }

    /** Whether only the closing time narrows the rows (then a page is found by arithmetic, not by looking at rows). */
    public boolean onlyByTime() {
        return symbol == null && direction == null && outcome == null && providerId == null;
    }
}
