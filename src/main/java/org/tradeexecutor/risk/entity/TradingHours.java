package org.tradeexecutor.risk.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When a community trades (PRODUCT C5): weekly windows in an IANA time zone, so "09:30–16:00 America/New_York" follows
 * the exchange's clock through daylight-saving changes. No windows means no limit.
 *
 * @param timeZone an IANA zone id, e.g. "America/New_York"
 * @param windows  the windows; empty when the community trades around the clock
 */
public record TradingHours(String timeZone, List<TradingWindow> windows) {

    public static final TradingHours ALWAYS = new TradingHours("UTC", List.of());

    public TradingHours {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    public boolean limited() {
        return !windows.isEmpty();
    }

    /** Whether an order may open a position at this moment (valid hours only: see {@code TradingHoursRules}). */
    public boolean openAt(Instant moment) {
        if (!limited()) {
            return true;
        }
        ZonedDateTime local = moment.atZone(ZoneId.of(timeZone));
        return windows.stream().anyMatch(w -> w.covers(local.getDayOfWeek(), local.toLocalTime()));
    }

    @Override
    public String toString() {
        return limited() ? windows.stream().map(TradingWindow::toString).collect(Collectors.joining(", ")) + " (" + timeZone + ")" : "around the clock";
    }
}
