package org.tradeexecutor.signals.control;

import java.math.BigDecimal;

/** Prices as channels write them: "$45,000" (thousands), "2,35" (decimal comma), "61.5k", "$1.10". */
final class PriceText {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

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

    /** 45000, not 4.5E+4; 2.1, not 2.10. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
