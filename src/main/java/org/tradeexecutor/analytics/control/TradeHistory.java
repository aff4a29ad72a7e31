package org.tradeexecutor.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.analytics.entity.TradeColumn;
import org.tradeexecutor.analytics.entity.TradeFilter;
import org.tradeexecutor.analytics.entity.TradeSort;
import org.tradeexecutor.portfolio.control.TradeRepository;
import org.tradeexecutor.portfolio.entity.Trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trader's closed trades, filtered, sorted and paged (PRODUCT P2): the rows are chosen in the trader's ledger in
 * memory, and only the trades shown are read, by id. Page 10,000 costs what page 1 costs: by closing time the page's
 * rows are found by arithmetic; otherwise one pass over the ledger's order for the column.
 */
@ApplicationScoped
public class TradeHistory {

    @Inject
    TradeLedgers ledgers;

    @Inject
    TradeRepository trades;

    /** One page and how many trades the filter matches in all. */
    public record Page(long total, List<Trade> trades) {
    }

    public Page page(String userId, TradeFilter filter, TradeSort sort, int page, int size) {
        TradeLedger ledger = ledgers.ofUser(userId);
        Selection selection = select(ledger, filter, sort, (long) page * size, size);
        return new Page(selection.total(), read(ledger, selection.rows()));
    }

    /** How many trades the filter matches, no trade read. */
    public long count(String userId, TradeFilter filter) {
        return select(ledgers.ofUser(userId), filter, TradeSort.NEWEST_FIRST, 0, 0).total();
    }

    /** Every trade the filter matches, in the order asked: rows of the trader's ledger, nothing read from the store. */
    public Rows rows(String userId, TradeFilter filter, TradeSort sort) {
        TradeLedger ledger = ledgers.ofUser(userId);
        return new Rows(ledger, select(ledger, filter, sort, 0, Integer.MAX_VALUE).rows());
    }

    /** Rows of a ledger, in the order to show them. */
    public record Rows(TradeLedger ledger, int[] rows) {
    }

    record Selection(long total, int[] rows) {
    }

    static Selection select(TradeLedger ledger, TradeFilter filter, TradeSort sort, long skip, int limit) {
        int first = filter.from() == null ? 0 : ledger.firstClosedFrom(filter.from().toEpochMilli());
        int end = filter.to() == null ? ledger.size() : ledger.firstClosedFrom(filter.to().toEpochMilli());
        if (end <= first) {
            return new Selection(0, new int[0]);
        }
        if (filter.onlyByTime() && sort.column() == TradeColumn.CLOSED_AT) {
            long total = end - first;
            int count = (int) Math.max(0, Math.min(limit, total - skip));
            int[] rows = new int[count];
            for (int k = 0; k < count; k++) {
                long position = skip + k;
                rows[k] = (int) (sort.descending() ? end - 1 - position : first + position);
            }
            return new Selection(total, rows);
        }
        int[] order = ledger.ascendingBy(sort.column());
        int capacity = (int) Math.min(limit, 10_000);
        List<Integer> rows = new ArrayList<>(Math.max(16, capacity));
        long total = 0;
        for (int k = 0; k < order.length; k++) {
            int row = order[sort.descending() ? order.length - 1 - k : k];
            if (row < first || row >= end || !matches(ledger, row, filter)) {
                continue;
            }
            if (total >= skip && total - skip < limit) {
                rows.add(row);
            }
            total++;
        }
        return new Selection(total, rows.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean matches(TradeLedger ledger, int row, TradeFilter filter) {
        return (filter.symbol() == null || filter.symbol().equals(ledger.symbol(row)))
                && (filter.direction() == null || filter.direction().equals(ledger.direction(row)))
                && (filter.outcome() == null || filter.outcome().sign() == ledger.outcome(row))
                && (filter.providerId() == null || filter.providerId().equals(ledger.providerId(row)));
    }

    /** The trades of the rows by id, in the rows' order. */
    private List<Trade> read(TradeLedger ledger, int[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(rows.length);
        for (int row : rows) {
            ids.add(ledger.tradeId(row));
        }
        Map<String, Trade> byId = new HashMap<>();
        trades.findByIdIn(ids).forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
