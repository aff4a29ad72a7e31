package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.CommunityAnalytics;
import org.tradeexecutor.analytics.entity.CommunityReport;
import org.tradeexecutor.platform.entity.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/community/analytics.csv} with the same parameters: every row of the report, one per bucket, provider,
 * asset class and top trader, told apart by {@code section}. A class of its own (see {@code AuditExportResource}).
 */
@Path("community/analytics.csv")
public class CommunityAnalyticsExportResource {

    static final String[] HEADER = {"section", "key", "name", "trades", "wins", "winRate", "pnl", "signals"};

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityAnalytics analytics;

    @GET
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        CommunityReport report = analytics.report(currentUser.requireHost().activeCommunityId().orElseThrow(), from, to, groupBy);
        StreamingOutput body = out -> write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"community-analytics-" + report.from() + "-" + report.to() + ".csv\"").build();
    }

    static void write(CommunityReport report, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (CommunityReport.Bucket bucket : report.buckets()) {
                row(csv, report.groupBy(), bucket.start().toString(), bucket.start().toString(), bucket.figures());
            }
            for (CommunityReport.Slice provider : report.byProvider()) {
                row(csv, "provider", provider.id(), provider.name(), provider.figures());
            }
            for (CommunityReport.Slice assetClass : report.byAssetClass()) {
                row(csv, "assetClass", assetClass.id(), assetClass.name(), assetClass.figures());
            }
            for (CommunityReport.Slice trader : report.topTraders()) {
                row(csv, "trader", trader.id(), trader.name(), trader.figures());
            }
            row(csv, "total", report.from() + "/" + report.to(), "", report.totals());
        }
    }

    private static void row(CSVPrinter csv, String section, String key, String name, CommunityReport.Figures f) throws IOException {
        csv.printRecord(section, key, SpreadsheetText.cell(name), f.trades(), f.wins(), f.winRate() == null ? "" : f.winRate().toPlainString(),
                f.pnl().toPlainString(), f.signals());
    }
}
