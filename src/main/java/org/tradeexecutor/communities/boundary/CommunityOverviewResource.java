package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.communities.control.CommunityOverviews;
import org.tradeexecutor.communities.entity.CommunityOverview;

/** Host API of the active community. */
@Path("community")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityOverviewResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityOverviews overviews;

    @GET
    @Path("overview")
    public CommunityOverview overview() {
        String communityId = currentUser.requireHost().activeCommunityId().orElseThrow();
        return overviews.of(communityId).orElseThrow(NotFoundException::new);
    }
}
