package org.tradeexecutor.signals.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices as channels write them: "$45,000" (thousands), "2,35" (decimal comma), "61.5k", "$1.10".
 * {@link #NUMBER} is the one number pattern all signal patterns embed (one capturing group: the number with its "k").
 */
final class PriceText {

    /** A price: optional "$", then thousands-grouped or plain digits with a decimal point or comma, then an optional "k". */
    static final String NUMBER = "\\$?\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:[.,]\\d+)?(?:\\s?k\\b)?)";

    private static final Pattern ANY_NUMBER = Pattern.compile(NUMBER, Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private PriceText() {
    }

    /** Reads one number as matched by {@link #NUMBER}. */
    static BigDecimal parse(String text) {
        String value = text.trim().toLowerCase().replace("$", "").replace(" ", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (value.endsWith("k")) {
            multiplier = BigDecimal.valueOf(1000);
            value = value.substring(0, value.length() - 1);
        }
        value = THOUSANDS.matcher(value).matches() ? value.replace(",", "") : value.replace(',', '.');
        return plain(new BigDecimal(value).multiply(multiplier));
    }

    /** 45000, not 4.5E+4; 2.1, not 2.10. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Every number in the text, in order ("Take Profit: 31, 29.5" gives 31 and 29.5; "TP: 2010/2030" two). */
    static List<BigDecimal> all(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = ANY_NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(parse(matcher.group(1)));
        }
        return numbers;
    }
}
