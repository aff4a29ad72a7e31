package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.CommunityAnalytics;
import org.tradeexecutor.analytics.entity.CommunityReport;


/** {@code GET /api/community/analytics?from=&to=&groupBy=day|week|month} (hosts of the active community, PRODUCT P6). */
@Path("community/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityAnalyticsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityAnalytics analytics;

    @GET
    public CommunityReport report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        return analytics.report(currentUser.requireHost().activeCommunityId().orElseThrow(), from, to, groupBy);
    }
}
