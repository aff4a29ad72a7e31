package org.tradeexecutor.analytics.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.CommunityAnalytics;
import org.tradeexecutor.analytics.entity.ChartBucket;
import org.tradeexecutor.analytics.entity.CommunityReport;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.tradeexecutor.platform.boundary.PageMessages.error;

/**
 * Backing bean of dashboard/community/analytics.xhtml (PRODUCT P6): the same report as {@code GET
 * /api/community/analytics} for the range and grouping chosen; the chart and the CSV ask the API with the same
 * parameters.
 */
@Named
@ViewScoped
public class CommunityAnalyticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityAnalytics analytics;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private String groupBy = "day";
    private CommunityReport report;

    @PostConstruct
    void load() {
        to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from = to.minusDays(29);
        apply();
    }

    public void apply() {
        try {
            report = analytics.report(currentUser.requireHost().activeCommunityId().orElseThrow(), String.valueOf(from), String.valueOf(to), groupBy);
        } catch (InvalidRequest e) {
            error(e.getMessage());
        }
    }

    /** The API's parameters for what the page shows, for the chart and the CSV link. */
    public String getQuery() {
        return "from=" + report.from() + "&to=" + report.to() + "&groupBy=" + URLEncoder.encode(report.groupBy(), StandardCharsets.UTF_8);
    }

    public List<String> getGroupByChoices() { return Arrays.stream(ChartBucket.values()).map(ChartBucket::label).toList(); }
    public CommunityReport getReport() { return report; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getGroupBy() { return groupBy; }
    public void setGroupBy(String groupBy) { this.groupBy = groupBy; }
}
