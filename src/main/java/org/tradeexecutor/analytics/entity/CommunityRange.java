package org.tradeexecutor.analytics.entity;

import org.tradeexecutor.platform.entity.InvalidRequest;
import org.tradeexecutor.platform.entity.QueryParameters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The range and grouping of a community analytics request: {@code from} and {@code to} are UTC dates ({@code to}
 * included; by default the last 30 days up to today), at most {@value #MAX_DAYS} days; {@code groupBy} day, week or
 * month (day). Refused by name otherwise.
 */
public record CommunityRange(LocalDate from, LocalDate to, ChartBucket groupBy) {

    public static final int MAX_DAYS = 3 * 366;

    public static CommunityRange of(String from, String to, String groupBy, LocalDate today) {
        LocalDate last = QueryParameters.blank(to) ? today : day("to", to);
        LocalDate first = QueryParameters.blank(from) ? last.minusDays(29) : day("from", from);
        if (first.isAfter(last)) {
            throw new InvalidRequest("from", "must not be after to.");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidRequest("from", "a range is at most " + MAX_DAYS + " days.");
        }
        ChartBucket bucket = QueryParameters.blank(groupBy) ? ChartBucket.DAY
                : QueryParameters.oneOf("groupBy", groupBy, ChartBucket.class);
        return new CommunityRange(first, last, bucket);
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidRequest(name, "'" + QueryParameters.shortened(value.trim()) + "' is not a date such as 2026-11-30.");
        }
    }
}
