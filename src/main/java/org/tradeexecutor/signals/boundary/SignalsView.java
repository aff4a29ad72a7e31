package org.tradeexecutor.signals.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.platform.boundary.PageMessages;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.SignalParser;
import org.tradeexecutor.signals.control.SignalReviews;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.ReviewCorrection;
import org.tradeexecutor.signals.entity.ReviewOutcome;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.control.SignalSearch;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.ProviderView;
import org.tradeexecutor.signals.entity.SignalFilter;
import org.tradeexecutor.signals.entity.SignalRow;
import org.tradeexecutor.signals.entity.SignalStatus;

import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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

    @Inject
    SignalReviews reviews;

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    private transient List<Signal> waiting;
    private final Map<String, ReviewForm> forms = new HashMap<>();

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

    /** PRODUCT S6: the community's signals waiting for a host, with a form of corrections each (read once per view). */
    public List<Signal> getWaiting() {
        if (waiting == null) {
            waiting = reviews.waiting(currentUser.requireHost().activeCommunityId().orElseThrow());
        }
        return waiting;
    }

    public ReviewForm form(Signal signal) {
        return forms.computeIfAbsent(signal.getId(), id -> new ReviewForm(SignalIntake.parsedOf(signal)));
    }

    public void approve(Signal signal) {
        SignedInUser host = currentUser.requireHost();
        ReviewCorrection correction;
        try {
            correction = form(signal).correction();
        } catch (NumberFormatException e) {
            PageMessages.error("Targets are prices separated by commas.");
            return;
        }
        ReviewOutcome outcome = reviews.approve(host.activeCommunityId().orElseThrow(), signal.getId(), correction, form(signal).isAsExample(),
                host.actor(), RequestOrigins.of(request));
        if (outcome instanceof ReviewOutcome.Approved approved) {
            PageMessages.info("Approved: " + approved.approved().symbol() + (approved.status() == SignalStatus.REJECTED
                    ? ", but the community's settings do not take it." : ", it runs now."));
        } else if (outcome instanceof ReviewOutcome.Invalid invalid) {
            PageMessages.error("Not approved: " + String.join(" ", invalid.reasons()));
            return;
        } else {
            PageMessages.error("This signal was reviewed already.");
        }
        decided(signal);
    }

    public void dismiss(Signal signal) {
        SignedInUser host = currentUser.requireHost();
        ReviewOutcome outcome = reviews.dismiss(host.activeCommunityId().orElseThrow(), signal.getId(), host.actor(), RequestOrigins.of(request));
        if (outcome instanceof ReviewOutcome.Dismissed) {
            PageMessages.info("Dismissed; it will not run.");
        } else {
            PageMessages.error("This signal was reviewed already.");
        }
        decided(signal);
    }

    private void decided(Signal signal) {
        forms.remove(signal.getId());
        waiting = null;
    }

    public Direction[] getDirections() {
        return Direction.values();
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
