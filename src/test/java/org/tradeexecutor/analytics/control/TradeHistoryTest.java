package org.tradeexecutor.analytics.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.analytics.entity.TradeColumn;
import org.tradeexecutor.analytics.entity.TradeFilter;
import org.tradeexecutor.analytics.entity.TradeSort;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Choosing a page in a ledger: filters, every sort, totals, and the same rows whether paged or taken whole. */
class TradeHistoryTest {

    private static final String[] SYMBOLS = {"AAPL", "MSFT", "KO"};

    /** 1,000 trades an hour apart: symbol by row, every third short, pnl from −5 to +5 by row. */
    private static TradeLedger ledger() {
        TradeLedger.Builder b = new TradeLedger.Builder(1000);
        for (int i = 999; i >= 0; i--) { // booked out of order: the ledger sorts by closing
            long closed = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i).toEpochMilli();
            b.add(closed, closed - 60_000L * (i % 7), "u1", "paper:u1", SYMBOLS[i % 3], "p" + (i % 2), i % 3 == 0, BigDecimal.valueOf(i % 10 + 1),
                    BigDecimal.valueOf(100 + i), new BigDecimal(101 + i + ".25"), new BigDecimal("0.50"), BigDecimal.valueOf(i % 11 - 5), BigDecimal.valueOf(i % 11 - 5).divide(BigDecimal.TEN));
        }
        return b.build();
    }

    @Test
    void newestFirstPagesAreFoundByArithmetic() {
        TradeLedger ledger = ledger();
        TradeHistory.Selection first = TradeHistory.select(ledger, TradeFilter.NONE, TradeSort.NEWEST_FIRST, 0, 10);
        assertEquals(1000, first.total());
        assertArrayEquals(IntStream.rangeClosed(990, 999).map(i -> 1989 - i).toArray(), first.rows());
        TradeHistory.Selection last = TradeHistory.select(ledger, TradeFilter.NONE, TradeSort.NEWEST_FIRST, 990, 50);
        assertArrayEquals(IntStream.rangeClosed(0, 9).map(i -> 9 - i).toArray(), last.rows());
    }

    @Test
    void filtersCountEveryMatchAndPagesJoinUpToTheWhole() {
        TradeLedger ledger = ledger();
        TradeFilter filter = new TradeFilter(Instant.parse("2026-01-05T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), "MSFT", "LONG",
                TradeFilter.Outcome.WIN, "p1");
        TradeSort byPnl = new TradeSort(TradeColumn.PNL, true);
        TradeHistory.Selection all = TradeHistory.select(ledger, filter, byPnl, 0, Integer.MAX_VALUE);
        long expected = IntStream.range(0, 1000).filter(i -> {
            long closed = ledger.closedAt(i);
            return closed >= filter.from().toEpochMilli() && closed < filter.to().toEpochMilli() && ledger.symbol(i).equals("MSFT")
                    && ledger.direction(i).equals("LONG") && ledger.pnl(i).signum() > 0 && ledger.providerId(i).equals("p1");
        }).count();
        assertEquals(expected, all.total());
        assertEquals(expected, all.rows().length);
        int[] paged = IntStream.range(0, (int) (expected / 7 + 1))
                .flatMap(p -> Arrays.stream(TradeHistory.select(ledger, filter, byPnl, p * 7L, 7).rows())).toArray();
        assertArrayEquals(all.rows(), paged);
        for (int k = 1; k < all.rows().length; k++) {
            assertEquals(true, ledger.pnl(all.rows()[k - 1]).compareTo(ledger.pnl(all.rows()[k])) >= 0, "descending by pnl");
        }
    }

    @Test
    void everyColumnSortsBothWays() {
        TradeLedger ledger = ledger();
        for (TradeColumn column : TradeColumn.values()) {
            int[] ascending = TradeHistory.select(ledger, TradeFilter.NONE, new TradeSort(column, false), 0, 1000).rows();
            int[] descending = TradeHistory.select(ledger, TradeFilter.NONE, new TradeSort(column, true), 0, 1000).rows();
            assertEquals(1000, ascending.length, column.field());
            List<Integer> reversed = new java.util.ArrayList<>(Arrays.stream(descending).boxed().toList());
            java.util.Collections.reverse(reversed);
            assertEquals(Arrays.stream(ascending).boxed().toList(), reversed, column.field());
        }
        int[] bySymbol = ledger.ascendingBy(TradeColumn.SYMBOL);
        assertEquals("AAPL", ledger.symbol(bySymbol[0]));
        assertEquals("MSFT", ledger.symbol(bySymbol[999]));
    }

    /** The ledger gives back every number as booked (digits and scale), and sorts decimals of different scales by value. */
    @Test
    void numbersReadBackExactlyAsBookedAndSortByValue() {
        TradeLedger.Builder b = new TradeLedger.Builder(4);
        String[] quantities = {"0.00012345", "2", "1.50", "123456789012.123456"};
        for (int i = 0; i < quantities.length; i++) {
            b.add(1_000L * i, 0, "u1", "paper:u1", "BTCUSD", "p", false, new BigDecimal(quantities[i]), new BigDecimal("64250.10"),
                    new BigDecimal("64300"), new BigDecimal("0.0050"), new BigDecimal("-1.2300"), new BigDecimal("0.08"));
        }
        TradeLedger ledger = b.build();
        for (int i = 0; i < quantities.length; i++) {
            assertEquals(quantities[i], ledger.quantity(i).toPlainString());
        }
        assertEquals("64250.10", ledger.entryPrice(0).toPlainString());
        assertEquals("64300", ledger.exitPrice(0).toPlainString());
        assertEquals("0.0050", ledger.fees(0).toPlainString());
        assertEquals("-1.2300", ledger.pnl(0).toPlainString());
        assertArrayEquals(new int[]{0, 2, 1, 3}, ledger.ascendingBy(TradeColumn.QUANTITY));
    }

    @Test
    void aRangeWithNothingInItIsEmpty() {
        TradeFilter later = new TradeFilter(Instant.parse("2030-01-01T00:00:00Z"), null, null, null, null, null);
        assertEquals(0, TradeHistory.select(ledger(), later, TradeSort.NEWEST_FIRST, 0, 10).total());
    }
}
