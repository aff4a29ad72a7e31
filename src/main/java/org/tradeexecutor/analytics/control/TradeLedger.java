package org.tradeexecutor.analytics.control;

import org.tradeexecutor.analytics.entity.TradeColumn;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.Trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every closed trade of one trader or one provider in closing order, held in memory in columns (a million trades
 * cost tens of megabytes, not gigabytes): what the dashboards filter, sort, page and sum. Immutable; built by
 * {@link TradeLedgers} from the rows the bookings keep per day. Every number is exact, as booked: the CSV export is
 * written from the ledger alone, while a page's trades are read from the trades collection by id (with what the
 * ledger does not keep, such as the signals).
 */
public final class TradeLedger {

    public static final TradeLedger EMPTY = new Builder(0).build();

    private final int size;
    private final long[] closedAt;
    private final long[] openedAt;
    private final String[] users;
    private final String[] brokers;
    private final String[] symbols;
    private final String[] providers;
    private final boolean[] shortSide;
    private final DecimalColumn quantity;
    private final DecimalColumn entryPrice;
    private final DecimalColumn exitPrice;
    private final DecimalColumn fees;
    private final BigDecimal[] pnl;
    private final BigDecimal[] pnlPercent;
    private final Map<TradeColumn, int[]> orders = new ConcurrentHashMap<>();
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    private TradeLedger(Builder b) {
        size = b.size;
        if (!inClosingOrder(b)) {
            b.sortByClosing();
        }
        // The builder is not used after build: its arrays become the columns.
        closedAt = b.closedAt;
        openedAt = b.openedAt;
        users = b.users;
        brokers = b.brokers;
        symbols = b.symbols;
        providers = b.providers;
        shortSide = b.shortSide;
        quantity = b.quantity;
        entryPrice = b.entryPrice;
        exitPrice = b.exitPrice;
        fees = b.fees;
        pnl = b.pnl;
        pnlPercent = b.pnlPercent;
    }

    /** Days concatenated in day order come sorted already: then nothing is copied. */
    private static boolean inClosingOrder(Builder b) {
        for (int i = 1; i < b.size; i++) {
            if (b.closedAt[i] < b.closedAt[i - 1]) {
                return false;
            }
        }
        return true;
    }

    public int size() { return size; }
    public long closedAt(int i) { return closedAt[i]; }
    public long openedAt(int i) { return openedAt[i]; }
    public String userId(int i) { return users[i]; }
    public String symbol(int i) { return symbols[i]; }
    public String providerId(int i) { return providers[i]; }
    public String direction(int i) { return shortSide[i] ? "SHORT" : "LONG"; }
    public BigDecimal quantity(int i) { return quantity.get(i); }
    public BigDecimal entryPrice(int i) { return entryPrice.get(i); }
    public BigDecimal exitPrice(int i) { return exitPrice.get(i); }
    public BigDecimal fees(int i) { return fees.get(i); }
    public BigDecimal pnl(int i) { return pnl[i]; }
    public BigDecimal pnlPercent(int i) { return pnlPercent[i]; }
    public long holdSeconds(int i) { return closedAt[i] / 1000 - openedAt[i] / 1000; }
    /** pnl &gt; 0 wins (1), &lt; 0 loses (−1), 0 is even. */
    public int outcome(int i) { return pnl[i].signum(); }

    /** The id of the trade in the trades collection (a round trip is its position and its opening). */
    public String tradeId(int i) {
        return Trade.idOf(Position.idOf(users[i], brokers[i], symbols[i], providers[i]), Instant.ofEpochMilli(openedAt[i]));
    }

    /** The first row closed at or after the time (binary search: the rows are in closing order). */
    public int firstClosedFrom(long epochMilli) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (closedAt[middle] < epochMilli) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The rows ascending by a column (ties in closing order), computed once per ledger: a newer ledger replaces this
     * one when a trade closes, so an order never goes stale.
     */
    public int[] ascendingBy(TradeColumn column) {
        if (column == TradeColumn.CLOSED_AT) {
            return orders.computeIfAbsent(column, c -> identity());
        }
        return orders.computeIfAbsent(column, this::sortBy);
    }

    /** A value computed from the rows, once per ledger (it never changes: a new trade makes a new ledger). */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, Supplier<T> computation) {
        return (T) derived.computeIfAbsent(name, n -> computation.get());
    }

    private int[] identity() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }

    private int[] sortBy(TradeColumn column) {
        Integer[] rows = Arrays.stream(identity()).boxed().toArray(Integer[]::new);
        Comparator<Integer> by = switch (column) {
            case CLOSED_AT -> (x, y) -> Long.compare(closedAt[x], closedAt[y]);
            case OPENED_AT -> (x, y) -> Long.compare(openedAt[x], openedAt[y]);
            case SYMBOL -> (x, y) -> symbols[x].compareTo(symbols[y]);
            case DIRECTION -> (x, y) -> Boolean.compare(shortSide[x], shortSide[y]);
            case PROVIDER -> (x, y) -> providers[x].compareTo(providers[y]);
            case QUANTITY -> quantity::compare;
            case ENTRY_PRICE -> entryPrice::compare;
            case EXIT_PRICE -> exitPrice::compare;
            case PNL -> (x, y) -> pnl[x].compareTo(pnl[y]);
            case PNL_PERCENT -> (x, y) -> pnlPercent[x].compareTo(pnlPercent[y]);
            case FEES -> fees::compare;
            case HOLD_SECONDS -> (x, y) -> Long.compare(holdSeconds(x), holdSeconds(y));
        };
        Arrays.sort(rows, by.thenComparingInt(x -> x)); // stable: ties stay in closing order
        return Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
    }

    /** Ledgers of several days in one (each day's rows in any order; the result is in closing order). */
    static TradeLedger concat(List<TradeLedger> parts) {
        Builder b = new Builder(parts.stream().mapToInt(TradeLedger::size).sum());
        for (TradeLedger part : parts) {
            for (int i = 0; i < part.size; i++) {
                b.copy(part.closedAt, part.openedAt, part.users, part.brokers, part.symbols, part.providers, part.shortSide,
                        part.quantity, part.entryPrice, part.exitPrice, part.fees, part.pnl, part.pnlPercent, i);
            }
        }
        return b.build();
    }

    /** Collects rows; strings are interned so a million rows share a few hundred symbols, users and providers. */
    static final class Builder {
        private final Map<String, String> strings = new HashMap<>();
        private int size;
        private long[] closedAt;
        private long[] openedAt;
        private String[] users;
        private String[] brokers;
        private String[] symbols;
        private String[] providers;
        private boolean[] shortSide;
        private final DecimalColumn quantity;
        private final DecimalColumn entryPrice;
        private final DecimalColumn exitPrice;
        private final DecimalColumn fees;
        private BigDecimal[] pnl;
        private BigDecimal[] pnlPercent;

        Builder(int capacity) {
            int c = Math.max(capacity, 1);
            closedAt = new long[c];
            openedAt = new long[c];
            users = new String[c];
            brokers = new String[c];
            symbols = new String[c];
            providers = new String[c];
            shortSide = new boolean[c];
            quantity = new DecimalColumn(c);
            entryPrice = new DecimalColumn(c);
            exitPrice = new DecimalColumn(c);
            fees = new DecimalColumn(c);
            pnl = new BigDecimal[c];
            pnlPercent = new BigDecimal[c];
        }

        Builder add(long closed, long opened, String user, String broker, String symbol, String provider, boolean isShort,
                    BigDecimal qty, BigDecimal entry, BigDecimal exit, BigDecimal fee, BigDecimal profit, BigDecimal percent) {
            int row = next(closed, opened, user, broker, symbol, provider, isShort, profit, percent);
            quantity.set(row, qty);
            entryPrice.set(row, entry);
            exitPrice.set(row, exit);
            fees.set(row, fee);
            return this;
        }

        /** Row {@code i} of other columns, as it is. */
        private void copy(long[] closed, long[] opened, String[] user, String[] broker, String[] symbol, String[] provider, boolean[] isShort,
                          DecimalColumn qty, DecimalColumn entry, DecimalColumn exit, DecimalColumn fee, BigDecimal[] profit, BigDecimal[] percent, int i) {
            int row = next(closed[i], opened[i], user[i], broker[i], symbol[i], provider[i], isShort[i], profit[i], percent[i]);
            quantity.copy(row, qty, i);
            entryPrice.copy(row, entry, i);
            exitPrice.copy(row, exit, i);
            fees.copy(row, fee, i);
        }

        private int next(long closed, long opened, String user, String broker, String symbol, String provider, boolean isShort,
                         BigDecimal profit, BigDecimal percent) {
            if (size == closedAt.length) {
                grow();
            }
            closedAt[size] = closed;
            openedAt[size] = opened;
            users[size] = intern(user);
            brokers[size] = intern(broker);
            symbols[size] = intern(symbol);
            providers[size] = intern(provider);
            shortSide[size] = isShort;
            pnl[size] = profit;
            pnlPercent[size] = percent;
            return size++;
        }

        private String intern(String value) {
            return value == null ? "" : strings.computeIfAbsent(value, v -> v);
        }

        /** In closing order; rows of one moment keep the order they were booked in. */
        void sortByClosing() {
            Integer[] byClose = new Integer[size];
            for (int i = 0; i < size; i++) {
                byClose[i] = i;
            }
            Arrays.sort(byClose, (x, y) -> Long.compare(closedAt[x], closedAt[y]));
            Builder sorted = new Builder(size);
            for (int from : byClose) {
                sorted.copy(closedAt, openedAt, users, brokers, symbols, providers, shortSide, quantity, entryPrice, exitPrice, fees, pnl, pnlPercent, from);
            }
            closedAt = sorted.closedAt;
            openedAt = sorted.openedAt;
            users = sorted.users;
            brokers = sorted.brokers;
            symbols = sorted.symbols;
            providers = sorted.providers;
            shortSide = sorted.shortSide;
            quantity.replaceWith(sorted.quantity);
            entryPrice.replaceWith(sorted.entryPrice);
            exitPrice.replaceWith(sorted.exitPrice);
            fees.replaceWith(sorted.fees);
            pnl = sorted.pnl;
            pnlPercent = sorted.pnlPercent;
        }

        private void grow() {
            int c = closedAt.length * 2;
            closedAt = Arrays.copyOf(closedAt, c);
            openedAt = Arrays.copyOf(openedAt, c);
            users = Arrays.copyOf(users, c);
            brokers = Arrays.copyOf(brokers, c);
            symbols = Arrays.copyOf(symbols, c);
            providers = Arrays.copyOf(providers, c);
            shortSide = Arrays.copyOf(shortSide, c);
            quantity.grow(c);
            entryPrice.grow(c);
            exitPrice.grow(c);
            fees.grow(c);
            pnl = Arrays.copyOf(pnl, c);
            pnlPercent = Arrays.copyOf(pnlPercent, c);
        }

        TradeLedger build() {
            return new TradeLedger(this);
        }
    }
}
