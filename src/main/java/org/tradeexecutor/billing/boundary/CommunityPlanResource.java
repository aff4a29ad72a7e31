package org.tradeexecutor.billing.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.billing.control.CommunityPlans;
import org.tradeexecutor.billing.entity.CommunityPlan;

/** {@code GET /api/community/plan}: the active community's plan, usage against every limit and billing state (hosts). */
@Path("community/plan")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityPlanResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityPlans plans;

    @GET
    public CommunityPlan plan() {
        return plans.of(currentUser.requireHost().activeCommunityId().orElseThrow()).orElseThrow(NotFoundException::new);
    }
}
