package org.tradeexecutor.risk.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One weekly trading window of a community, in its time zone: on each of {@code days}, from {@code from} (included)
 * to {@code to} (excluded). A window whose end is before its start runs past midnight into the next day, and its day
 * is the day it opens ("FRI 22:00–02:00" still trades at 01:00 on Saturday).
 *
 * @param days three-letter day names, e.g. ["MON","TUE"]
 * @param from "HH:MM", 24 h
 * @param to   "HH:MM", 24 h
 */
public record TradingWindow(List<String> days, String from, String to) {

    public TradingWindow {
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** Whether the local day and time fall into this window (valid windows only: see {@code TradingHoursRules}). */
    public boolean covers(DayOfWeek day, LocalTime time) {
        LocalTime start = LocalTime.parse(from);
        LocalTime end = LocalTime.parse(to);
        List<DayOfWeek> opens = daysOfWeek();
        if (start.isBefore(end)) {
            return opens.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return opens.contains(day) && !time.isBefore(start) || opens.contains(day.minus(1)) && time.isBefore(end);
    }

    public List<DayOfWeek> daysOfWeek() {
        return days.stream().map(TradingWindow::dayOf).toList();
    }

    /** The stored form, e.g. "MON,TUE,WED 09:30-16:00". */
    public String encoded() {
        return String.join(",", days) + " " + from + "-" + to;
    }

    public static TradingWindow decode(String stored) {
        String[] dayAndTimes = stored.split(" ");
        String[] times = dayAndTimes[1].split("-");
        return new TradingWindow(Arrays.asList(dayAndTimes[0].split(",")), times[0], times[1]);
    }

    @Override
    public String toString() {
        return daysOfWeek().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(" ")) + " " + from + "–" + to;
    }

    /** "MON", "mon", "Monday" → MONDAY; anything else throws IllegalArgumentException. */
    public static DayOfWeek dayOf(String name) {
        String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper) && (upper.length() == 3 || upper.equals(day.name()))) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day " + name);
    }

    /** The three-letter name of a day, as stored and answered. */
    public static String nameOf(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
