package org.tradeexecutor.portfolio.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trips of a position (reference §6.4, fixed): average entry and exit, P&L after fees, P&L % without fees, hold time. */
class PositionTest {

    private static final Instant OPEN = Instant.parse("2026-11-23T14:00:00Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aLongRoundTripInTwoExitsBecomesOneTrade() {
        Position position = new Position("c", "u", "paper:u", "AAPL", "p");
        assertTrue(position.fill(d("10"), d("100"), d("1"), "s1", OPEN).isEmpty());
        assertEquals(PositionStatus.OPEN, position.getStatus());
        assertTrue(position.fill(d("-4"), d("110"), d("1"), "s2", OPEN.plusSeconds(60)).isEmpty());
        Optional<Trade> trade = position.fill(d("-6"), d("105"), d("1"), "s3", OPEN.plusSeconds(3600));

        assertTrue(trade.isPresent());
        Trade t = trade.get();
        assertEquals("LONG", t.direction());
        assertEquals(0, d("10").compareTo(t.quantity()));
        assertEquals(0, d("100").compareTo(t.entryPrice()));
        assertEquals(0, d("107").compareTo(t.exitPrice()), "(4 × 110 + 6 × 105) ÷ 10");
        assertEquals(0, d("67").compareTo(t.pnl()), "4 × 10 + 6 × 5 − 3 fees");
        assertEquals(0, d("7").compareTo(t.pnlPercent()), "(107 − 100) ÷ 100, fees excluded");
        assertEquals(0, d("3").compareTo(t.fees()));
        assertEquals(3600, t.holdSeconds());
        assertEquals("s1", t.entrySignalId());
        assertEquals("s3", t.exitSignalId());
        assertEquals(PositionStatus.CLOSED, position.getStatus());
    }

    @Test
    void aShortWinsWhenThePriceFalls() {
        Position position = new Position("c", "u", "paper:u", "TSLA", "p");
        position.fill(d("-5"), d("250"), BigDecimal.ZERO, "s1", OPEN);
        Trade trade = position.fill(d("5"), d("240"), BigDecimal.ZERO, "s2", OPEN.plusSeconds(10)).orElseThrow();
        assertEquals("SHORT", trade.direction());
        assertEquals(0, d("50").compareTo(trade.pnl()));
        assertEquals(0, d("4").compareTo(trade.pnlPercent()));
    }

    @Test
    void theNextEntryOpensANewRoundTrip() {
        Position position = new Position("c", "u", "paper:u", "AMD", "p");
        position.fill(d("2"), d("100"), BigDecimal.ZERO, "s1", OPEN);
        position.fill(d("-2"), d("90"), BigDecimal.ZERO, "s2", OPEN.plusSeconds(10));
        position.fill(d("3"), d("80"), BigDecimal.ZERO, "s3", OPEN.plusSeconds(20));
        assertEquals(PositionStatus.OPEN, position.getStatus());
        assertEquals("s3", position.getEntrySignalId());
        assertEquals(0, BigDecimal.ZERO.compareTo(position.getRealisedPnl()), "a new round trip starts at zero");
        assertEquals(0, d("80").compareTo(position.getAverageEntry()));
    }

    @Test
    void goingThroughZeroClosesOneTradeAndOpensTheOppositePosition() {
        Position position = new Position("c", "u", "paper:u", "BTCUSDT", "p");
        position.fill(d("1"), d("40000"), BigDecimal.ZERO, "s1", OPEN);
        Trade trade = position.fill(d("-1.5"), d("42000"), BigDecimal.ZERO, "s2", OPEN.plusSeconds(10)).orElseThrow();
        assertEquals(0, d("2000").compareTo(trade.pnl()));
        assertEquals(PositionStatus.OPEN, position.getStatus());
        assertEquals(0, d("-0.5").compareTo(position.getQuantity()));
        assertEquals(0, d("42000").compareTo(position.getAverageEntry()));
    }

    @Test
    void anOrderFillingInPartsIsRememberedByWhatIsBookedOfItUnderItsOwnId() {
        Position position = new Position("c", "u", "paper:u", "AAPL", "p");
        String order = "provider:sig:ab12|user|entry"; // execution ids have bars of their own
        assertEquals(Position.BookedFill.NONE, position.booked(order));
        position.recordBooked(order, new Position.BookedFill(d("6"), d("600"), d("0.5")));
        position.recordBooked("provider:sig:ab12|user|entry2", new Position.BookedFill(d("1"), d("1"), d("0")));
        assertEquals(new Position.BookedFill(d("6"), d("600"), d("0.5")), position.booked(order));
        position.recordBooked(order, new Position.BookedFill(d("10"), d("1004"), d("1")));
        assertEquals(new Position.BookedFill(d("10"), d("1004"), d("1")), position.booked(order), "the later report replaces the earlier");
        assertEquals(new Position.BookedFill(d("1"), d("1"), d("0")), position.booked("provider:sig:ab12|user|entry2"));
    }
}
