package org.tradeexecutor.risk.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A community's trading hours follow its own clock, through daylight-saving changes and past midnight. */
class TradingHoursTest {

    private static final TradingHours NEW_YORK_SESSION = new TradingHours("America/New_York",
            List.of(new TradingWindow(List.of("MON", "TUE", "WED", "THU", "FRI"), "09:30", "16:00")));

    @Test
    void theSessionOpensAtHalfPastNineNewYorkTimeInWinterAndInSummer() {
        // Winter (EST, UTC-5): 09:30 is 14:30 UTC.
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-01-14T14:29:00Z")));
        assertTrue(NEW_YORK_SESSION.openAt(Instant.parse("2026-01-14T14:30:00Z")));
        // Summer (EDT, UTC-4): 09:30 is 13:30 UTC; 14:29 UTC is in the session now.
        assertTrue(NEW_YORK_SESSION.openAt(Instant.parse("2026-07-15T13:30:00Z")));
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-07-15T13:29:00Z")));
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-07-15T20:00:00Z")), "16:00 New York is closed (the end is excluded)");
    }

    @Test
    void theDayAfterTheClockChangeFollowsTheNewOffset() {
        // 2026-03-08 02:00 EST the clocks go forward; Monday 2026-03-09 opens at 13:30 UTC, the Friday before at 14:30 UTC.
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-03-06T14:00:00Z")));
        assertTrue(NEW_YORK_SESSION.openAt(Instant.parse("2026-03-09T14:00:00Z")));
        // 2026-11-01 the clocks go back: Monday 2026-11-02 opens at 14:30 UTC again.
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-11-02T14:00:00Z")));
        assertTrue(NEW_YORK_SESSION.openAt(Instant.parse("2026-11-02T14:30:00Z")));
    }

    @Test
    void weekendsAreClosedAndTheDayIsTheCommunitysDay() {
        assertFalse(NEW_YORK_SESSION.openAt(Instant.parse("2026-07-18T15:00:00Z")), "a Saturday");
        // Friday 23:30 in Tokyo is Friday 14:30 UTC; a Tokyo Saturday window is not open then.
        TradingHours tokyoSaturday = new TradingHours("Asia/Tokyo", List.of(new TradingWindow(List.of("SAT"), "00:00", "23:59")));
        assertFalse(tokyoSaturday.openAt(Instant.parse("2026-07-17T14:30:00Z")));
        assertTrue(tokyoSaturday.openAt(Instant.parse("2026-07-17T15:30:00Z")), "already Saturday 00:30 in Tokyo");
    }

    @Test
    void aWindowEndingBeforeItStartsRunsPastMidnightFromItsDay() {
        TradingHours fridayNight = new TradingHours("UTC", List.of(new TradingWindow(List.of("FRI"), "22:00", "02:00")));
        assertTrue(fridayNight.openAt(Instant.parse("2026-07-17T23:00:00Z")), "Friday 23:00");
        assertTrue(fridayNight.openAt(Instant.parse("2026-07-18T01:59:00Z")), "Saturday 01:59 belongs to Friday's window");
        assertFalse(fridayNight.openAt(Instant.parse("2026-07-18T02:00:00Z")));
        assertFalse(fridayNight.openAt(Instant.parse("2026-07-17T01:00:00Z")), "Friday 01:00 would be Thursday's night");
    }

    @Test
    void noWindowsMeansAroundTheClockAndTheStoredFormReadsBack() {
        assertTrue(TradingHours.ALWAYS.openAt(Instant.parse("2026-07-18T03:00:00Z")));
        TradingWindow window = NEW_YORK_SESSION.windows().get(0);
        assertEquals(window, TradingWindow.decode(window.encoded()));
        assertEquals("MON,TUE,WED,THU,FRI 09:30-16:00", window.encoded());
        assertEquals("Mon Tue Wed Thu Fri 09:30–16:00 (America/New_York)", NEW_YORK_SESSION.toString());
    }
}
