package org.tradeexecutor.signals.control;

import java.math.BigDecimal;

/** Prices as channels write them: "$45,000" (thousands), "2,35" (decimal comma), "61.5k", "$1.10". */
final class PriceText {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Prices, sizes and levels of any market fit between these (a satoshi-priced token, a whole index in cents). */
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final BigDecimal SMALLEST = new BigDecimal("1e-12");

    private PriceText() {
    }

    /** Reads one number as {@link MessageTokens} cuts it. */
    static BigDecimal parse(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        boolean thousands = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                digits.append(c);
            } else if (c == ',') {
                // "45,000" groups thousands; "2,35" is a decimal comma.
                thousands = thousands || isThousandsComma(text, i);
                if (!thousands) {
                    digits.append('.');
                }
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        char last = text.charAt(text.length() - 1);
        return plain(last == 'k' || last == 'K' ? value.multiply(THOUSAND) : value);
    }

    private static boolean isThousandsComma(String text, int comma) {
        int digitsAfter = 0;
        for (int i = comma + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digitsAfter++;
        }
        return digitsAfter == 3;
    }

    /** 45000, not 4.5E+4; 2.1, not 2.10. A number no market trades at ("1e999999999") is refused, never expanded. */
    static BigDecimal plain(BigDecimal value) {
        if (value.abs().compareTo(LARGEST) > 0 || value.signum() != 0 && value.abs().compareTo(SMALLEST) < 0) {
            throw new NumberFormatException(value.precision() > 20 ? "a number out of range" : value + " is out of range");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
