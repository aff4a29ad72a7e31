package org.tradeexecutor.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.control.AuditTrail;
import org.tradeexecutor.audit.entity.AuditEntry;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.audit.entity.AuditQuery;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.platform.boundary.AppliedFilter;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backing bean of dashboard/community/audit.xhtml (PRODUCT C7): the community's audit log, newest first, a page at a
 * time, filtered by the form; the filter in force is kept as the API's parameters, so the table and the CSV link are
 * the very query of {@code GET /api/community/audit} and {@code /api/community/audit.csv}.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail trail;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String outcome;
    private final AppliedFilter filter = new AppliedFilter();
    private transient LazyDataModel<AuditEntry> entries;

    public LazyDataModel<AuditEntry> getEntries() {
        if (entries == null) {
            entries = new Rows();
        }
        return entries;
    }

    public void apply() {
        filter.apply(AppliedFilter.parameters("from", from == null ? null : from.toString(), "to", to == null ? null : to.toString(),
                "actor", actor, "action", action, "outcome", outcome), wanted -> query(wanted, null, null));
    }

    public void clear() {
        from = null;
        to = null;
        actor = null;
        action = null;
        outcome = null;
        filter.clear();
    }

    /** The CSV export of exactly the entries the table shows, every page of them. */
    public String getCsvUrl() {
        return filter.url("/api/community/audit.csv", activeCommunity().map(id -> Map.of("community", id)).orElse(Map.of()));
    }

    public List<AuditOutcome> getOutcomeChoices() {
        return List.of(AuditOutcome.values());
    }

    /** A moment in the reader's time zone. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(currentUser.require().user().zone()));
    }

    /** The page shows the community it is opened for, also to a platform admin who hosts it. */
    private Optional<String> activeCommunity() {
        return currentUser.require().active().filter(MembershipView::host).map(MembershipView::communityId);
    }

    private AuditQuery query(Map<String, String> p, String page, String size) {
        return AuditParameters.of(currentUser, activeCommunity().orElse(null), p.get("from"), p.get("to"), p.get("actor"), p.get("action"),
                p.get("outcome"), page, size);
    }

    /** The table's rows: a page at a time from the community's range of the trail. */
    private class Rows extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(query(filter.get(), null, null)));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, AuditParameters.MAX_PAGE_SIZE));
            return trail.page(query(filter.get(), String.valueOf(first / size), String.valueOf(size))).entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return entry.id();
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
