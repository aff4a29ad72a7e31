package org.tradeexecutor.analytics.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.analytics.control.TradeHistory;
import org.tradeexecutor.analytics.entity.TradeColumn;
import org.tradeexecutor.platform.boundary.AppliedFilter;
import org.tradeexecutor.portfolio.entity.Trade;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of dashboard/trader/trades.xhtml (PRODUCT P2): the trader's closed trades, paged on the server, sorted
 * on any column, filtered by the form. The filter applied is kept as the API's parameters, so the table, its total and
 * the CSV link are the very query of {@code GET /api/trader/trades} and {@code /api/trader/trades.csv}.
 */
@Named
@ViewScoped
public class TradeHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CurrentUser currentUser;

    @Inject
    TradeHistory history;

    @Inject
    Providers providers;

    private LocalDate from;
    private LocalDate to;
    private String symbol;
    private String side;
    private String outcome;
    private String providerId;
    /** The filter in force, as the API's parameters. */
    private final AppliedFilter filter = new AppliedFilter();
    private String sort = "closedAt,desc";
    private final HashMap<String, String> providerNames = new HashMap<>();
    private transient LazyDataModel<Trade> trades;

    public LazyDataModel<Trade> getTrades() {
        if (trades == null) {
            trades = new Rows();
        }
        return trades;
    }

    /** Takes the form's filter if every part of it can be used; otherwise says which part cannot and keeps the one in force. */
    public void apply() {
        filter.apply(AppliedFilter.parameters("from", from == null ? null : from.toString(), "to", to == null ? null : to.toString(),
                "symbol", symbol, "side", side, "outcome", outcome, "provider", providerId), this::query);
    }

    public void clear() {
        from = null;
        to = null;
        symbol = null;
        side = null;
        outcome = null;
        providerId = null;
        filter.clear();
    }

    /** The CSV export of exactly the rows the table shows, every page of them, in the table's order. */
    public String getCsvUrl() {
        return filter.url("/api/trader/trades.csv", Map.of("sort", sort));
    }

    public List<Provider> getProviderChoices() {
        return currentUser.require().activeCommunityId().map(providers::of).orElse(List.of());
    }

    public String providerName(String id) {
        return providerNames.computeIfAbsent(id, p -> providers.find(p).map(Provider::getName).orElse("—"));
    }

    /** A moment in the trader's time zone. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(user().user().zone()));
    }

    private TradeQuery query(Map<String, String> p) {
        return TradeQuery.of(p.get("from"), p.get("to"), p.get("symbol"), p.get("side"), p.get("outcome"), p.get("provider"), sort, null, null,
                user().user().zone());
    }

    private SignedInUser user() {
        return currentUser.require();
    }

    /** The table's rows: a page at a time, from the trader's ledger (TradeHistory), never the whole history. */
    private class Rows extends LazyDataModel<Trade> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, history.count(user().id(), query(filter.get()).filter()));
        }

        @Override
        public List<Trade> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED && TradeColumn.of(s.getField()).isPresent())
                    .findFirst().map(s -> s.getField() + (s.getOrder() == SortOrder.ASCENDING ? ",asc" : ",desc")).orElse("closedAt,desc");
            TradeQuery query = query(filter.get());
            return history.page(user().id(), query.filter(), query.sort(), first / Math.max(1, pageSize), pageSize).trades();
        }

        @Override
        public String getRowKey(Trade trade) {
            return trade.id();
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getSide() { return side; }
    public void setSide(String side) { this.side = side; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
}
