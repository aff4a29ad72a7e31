package org.tradeexecutor.signals.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.control.SignalParser;
import org.tradeexecutor.signals.control.SignalSearch;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.ProviderView;
import org.tradeexecutor.signals.entity.SignalFilter;
import org.tradeexecutor.signals.entity.SignalRow;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Backing bean of dashboard/community/signals.xhtml: the community's signals, filtered and paged on the server. */
@Named
@ViewScoped
public class SignalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalSearch search;

    @Inject
    Providers providers;

    @Inject
    SignalParser parser;

    private String providerId;
    private SignalStatus status;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<SignalRow> signals = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(filter()));
        }

        @Override
        public List<SignalRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return search.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(SignalRow row) {
            return row.id();
        }
    };

    private SignalFilter filter() {
        String communityId = currentUser.requireHost().activeCommunityId().orElseThrow();
        return new SignalFilter(communityId, providerId == null || providerId.isBlank() ? null : providerId, status,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public LazyDataModel<SignalRow> getSignals() {
        return signals;
    }

    public List<ProviderView> getProviderChoices() {
        return providers.of(currentUser.requireHost().activeCommunityId().orElseThrow()).stream().map(p -> ProviderView.of(p, "")).toList();
    }

    /** PRODUCT S5: how the row's message is read — each field, the text it came from and the rule (parsed again: pure and fast). */
    public ExplainedSignal explain(SignalRow row) {
        return parser.explain(row.rawText());
    }

    public SignalStatus[] getStatuses() {
        return SignalStatus.values();
    }

    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public SignalStatus getStatus() { return status; }
    public void setStatus(SignalStatus status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
