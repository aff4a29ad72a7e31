package org.tradeexecutor.analytics.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Exact decimals of a ledger column in two primitive arrays, the unscaled value and the scale: 9 bytes a row where a
 * {@link BigDecimal} costs ~40, and every value reads back as it was booked (same digits, same scale). A value beyond
 * 18 significant digits (no price, quantity or fee is) is kept to 18.
 */
final class DecimalColumn {

    private static final MathContext EIGHTEEN_DIGITS = new MathContext(18);

    private long[] unscaled;
    private byte[] scale;

    DecimalColumn(int capacity) {
        unscaled = new long[capacity];
        scale = new byte[capacity];
    }

    void set(int row, BigDecimal value) {
        BigDecimal kept = value.precision() > 18 ? value.round(EIGHTEEN_DIGITS) : value;
        if (kept.scale() > Byte.MAX_VALUE || kept.scale() < Byte.MIN_VALUE) {
            kept = kept.setScale(kept.scale() > 0 ? Byte.MAX_VALUE : Byte.MIN_VALUE, RoundingMode.HALF_EVEN);
        }
        unscaled[row] = kept.unscaledValue().longValue();
        scale[row] = (byte) kept.scale();
    }

    void copy(int row, DecimalColumn from, int fromRow) {
        unscaled[row] = from.unscaled[fromRow];
        scale[row] = from.scale[fromRow];
    }

    BigDecimal get(int row) {
        return BigDecimal.valueOf(unscaled[row], scale[row]);
    }

    int compare(int x, int y) {
        return scale[x] == scale[y] ? Long.compare(unscaled[x], unscaled[y]) : get(x).compareTo(get(y));
    }

    /** Takes the other column's rows (the other is not used after). */
    void replaceWith(DecimalColumn other) {
        unscaled = other.unscaled;
        scale = other.scale;
    }

    void grow(int capacity) {
        unscaled = Arrays.copyOf(unscaled, capacity);
        scale = Arrays.copyOf(scale, capacity);
    }
}
