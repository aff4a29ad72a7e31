package org.tradeexecutor.rollout.control;

/**
 * Reads DUAL_DASHBOARD_ROLLOUT_PERCENTAGE like the predecessor's {@code parseInt(value || '100', 10)}: leading
 * whitespace and sign allowed, then leading digits ("50%" is 50); unset or empty is 100; nothing parsable is 0.
 * The result is clamped to 0..100.
 */
public final class RolloutPercentage {

    private RolloutPercentage() {
    }

    public static int parse(String value) {
        if (value == null || value.isEmpty()) {
            return 100;
        }
        String text = value.stripLeading();
        int index = 0;
        boolean negative = false;
        if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
            negative = text.charAt(index) == '-';
            index++;
        }
        int start = index;
        long number = 0;
        while (index < text.length() && Character.isDigit(text.charAt(index)) && number <= 100) {
            number = number * 10 + Character.digit(text.charAt(index), 10);
            index++;
        }
        if (index == start) {
            return 0;
        }
        return negative ? 0 : (int) Math.min(number, 100);
    }
}
