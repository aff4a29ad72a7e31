package org.tradeexecutor.platform.entity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading query parameters the one way every API does: a value that cannot be used is refused by name ({@link InvalidRequest}). */
public final class QueryParameters {

    private static final int MAX_TEXT = 64;

    private QueryParameters() {
    }

    /** A whole number from min to max; the fallback when absent. */
    public static int number(String name, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new InvalidRequest(name, "must be from " + min + " to " + max + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, "'" + shortened(value) + "' is not a whole number.");
        }
    }

    /** Free text of at most 64 characters, trimmed; null when absent. */
    public static String text(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidRequest(name, "at most " + MAX_TEXT + " characters.");
        }
        return value.trim();
    }

    /**
     * A moment: a date ({@code 2026-11-30}, a day in that zone: its start, or for the end of a range the next day's
     * start, so that the day is included) or an instant ({@code 2026-11-30T14:00:00Z}); null when absent.
     */
    public static Instant moment(String name, String value, ZoneId zone, boolean endOfRange) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeException e) {
            throw new InvalidRequest(name, "'" + shortened(v) + "' is neither a date (2026-11-30) nor an instant (2026-11-30T14:00:00Z).");
        }
    }

    /** The constant of that name, in any case; refused by name otherwise, listing the names it may be. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRequest(name, "'" + shortened(value) + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "."));
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A value as an error message quotes it. */
    public static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
