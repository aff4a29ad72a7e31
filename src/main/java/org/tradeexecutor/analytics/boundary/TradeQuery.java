package org.tradeexecutor.analytics.boundary;

import org.tradeexecutor.analytics.entity.TradeColumn;
import org.tradeexecutor.analytics.entity.TradeFilter;
import org.tradeexecutor.analytics.entity.TradeSort;
import org.tradeexecutor.platform.entity.InvalidRequest;

import static org.tradeexecutor.platform.entity.QueryParameters.blank;
import static org.tradeexecutor.platform.entity.QueryParameters.moment;
import static org.tradeexecutor.platform.entity.QueryParameters.number;
import static org.tradeexecutor.platform.entity.QueryParameters.shortened;
import static org.tradeexecutor.platform.entity.QueryParameters.text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The trade history's query parameters as the API and the CSV export take them, checked: a parameter that cannot be
 * used is refused by name ({@link InvalidRequest}). {@code from} and {@code to} are dates (the trader's days, {@code to}
 * included) or instants ({@code 2026-11-30T14:00:00Z}, {@code to} excluded).
 */
record TradeQuery(TradeFilter filter, TradeSort sort, int page, int size) {

    static final int MAX_PAGE_SIZE = 500;

    static TradeQuery of(String from, String to, String symbol, String side, String outcome, String provider, String sort,
                         String page, String size, ZoneId zone) {
        Instant start = moment("from", from, zone, false);
        Instant end = moment("to", to, zone, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidRequest("from", "is after to.");
        }
        TradeFilter filter = new TradeFilter(start, end, symbol(symbol), direction(side), outcome(outcome), text("provider", provider));
        return new TradeQuery(filter, sort(sort), number("page", page, 0, 0, Integer.MAX_VALUE), number("size", size, 50, 1, MAX_PAGE_SIZE));
    }

    private static String symbol(String value) {
        String s = text("symbol", value);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String direction(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "long", "buy" -> "LONG";
            case "short", "sell" -> "SHORT";
            default -> throw new InvalidRequest("side", "'" + shortened(value) + "' is not long or short.");
        };
    }

    private static TradeFilter.Outcome outcome(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "win" -> TradeFilter.Outcome.WIN;
            case "loss" -> TradeFilter.Outcome.LOSS;
            case "even" -> TradeFilter.Outcome.EVEN;
            default -> throw new InvalidRequest("outcome", "'" + shortened(value) + "' is not win, loss or even.");
        };
    }

    private static TradeSort sort(String value) {
        if (blank(value)) {
            return TradeSort.NEWEST_FIRST;
        }
        String[] parts = value.trim().split(",", -1);
        if (parts.length > 2) {
            throw new InvalidRequest("sort", "write column,asc or column,desc.");
        }
        TradeColumn column = TradeColumn.of(parts[0].trim())
                .orElseThrow(() -> new InvalidRequest("sort", "'" + shortened(parts[0]) + "' is not a column; sort on " + TradeColumn.names() + "."));
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "desc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidRequest("sort", "the direction is asc or desc, not '" + shortened(direction) + "'.");
        }
        return new TradeSort(column, direction.equals("desc"));
    }
}
