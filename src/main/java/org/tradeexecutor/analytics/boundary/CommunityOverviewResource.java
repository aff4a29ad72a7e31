package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.CommunityOverviews;
import org.tradeexecutor.analytics.entity.CommunityOverview;

/** {@code GET /api/community/overview}: the active community at a glance (hosts, PRODUCT P5). */
@Path("community/overview")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityOverviewResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityOverviews overviews;

    @GET
    public CommunityOverview overview() {
        return overviews.of(currentUser.requireHost().activeCommunityId().orElseThrow()).orElseThrow(NotFoundException::new);
    }
}
