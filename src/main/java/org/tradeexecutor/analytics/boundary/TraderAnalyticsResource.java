package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.analytics.control.TradeHistory;
import org.tradeexecutor.analytics.control.TraderAnalytics;
import org.tradeexecutor.analytics.entity.ChartBucket;
import org.tradeexecutor.analytics.entity.ChartPeriod;
import org.tradeexecutor.analytics.entity.Performance;
import org.tradeexecutor.analytics.entity.TraderSummary;
import org.tradeexecutor.platform.entity.InvalidRequest;

/**
 * The signed-in trader's own results (PRODUCT P1–P3): summary, trade history (JSON and CSV) and performance chart.
 * Everything is the caller's own: no parameter names another user.
 */
@Path("trader")
@Produces(MediaType.APPLICATION_JSON)
public class TraderAnalyticsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TraderAnalytics analytics;

    @Inject
    TradeHistory history;

    @Inject
    TradeCsv csv;

    @GET
    @Path("summary")
    public TraderSummary summary() {
        SignedInUser user = currentUser.require();
        return analytics.summary(user.id(), user.user().zone());
    }

    /** Newest first unless sorted otherwise; the count of every matching trade in {@code X-Total-Count}. */
    @GET
    @Path("trades")
    public Response trades(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("symbol") String symbol,
                           @QueryParam("side") String side, @QueryParam("outcome") String outcome, @QueryParam("provider") String provider,
                           @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        SignedInUser user = currentUser.require();
        TradeQuery query = TradeQuery.of(from, to, symbol, side, outcome, provider, sort, page, size, user.user().zone());
        TradeHistory.Page found = history.page(user.id(), query.filter(), query.sort(), query.page(), query.size());
        return Response.ok(found.trades()).header("X-Total-Count", found.total()).build();
    }

    /** Exactly the trades {@code /trader/trades} matches with the same parameters, every page of them, as CSV. */
    @GET
    @Path("trades.csv")
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON}) // the address says CSV, whatever the client accepts; errors are JSON
    public Response tradesCsv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("symbol") String symbol,
                              @QueryParam("side") String side, @QueryParam("outcome") String outcome, @QueryParam("provider") String provider,
                              @QueryParam("sort") String sort) {
        SignedInUser user = currentUser.require();
        TradeQuery query = TradeQuery.of(from, to, symbol, side, outcome, provider, sort, null, null, user.user().zone());
        StreamingOutput body = out -> csv.write(user.id(), query.filter(), query.sort(), out);
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"trades.csv\"").build();
    }

    @GET
    @Path("performance")
    public Performance performance(@QueryParam("period") String period, @QueryParam("bucket") String bucket) {
        SignedInUser user = currentUser.require();
        ChartPeriod p = period == null || period.isBlank() ? ChartPeriod.D30 : ChartPeriod.of(period.trim())
                .orElseThrow(() -> new InvalidRequest("period", "is 7d, 30d, 90d, 1y or all."));
        ChartBucket b = bucket == null || bucket.isBlank() ? ChartBucket.DAY : ChartBucket.of(bucket.trim())
                .orElseThrow(() -> new InvalidRequest("bucket", "is day, week or month."));
        return analytics.performance(user.id(), user.user().zone(), p, b);
    }
}
