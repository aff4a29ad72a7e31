package org.tradeexecutor.billing.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.billing.control.BillingSubscriptions;
import org.tradeexecutor.billing.control.CommunityPlans;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.Locale;

/** {@code PUT /api/admin/communities/{communityId}/plan {plan, reason}}: a platform admin sets a plan by hand, audited. */
@Path("admin/communities/{communityId}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPlanResource {

    static final int MAX_REASON = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    BillingSubscriptions subscriptions;

    @Inject
    CommunityPlans plans;

    @Context
    HttpServletRequest request;

    /** @param plan free, professional or enterprise  @param reason why, kept in the audit log */
    public record PlanChange(String plan, String reason) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("communityId") String communityId, PlanChange change) {
        SignedInUser admin = currentUser.requirePlatformAdmin();
        Plan plan;
        try {
            plan = Plan.valueOf(change == null || change.plan() == null ? "" : change.plan().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return invalid("plan must be free, professional or enterprise.");
        }
        if (change.reason() == null || change.reason().isBlank() || change.reason().length() > MAX_REASON) {
            return invalid("reason is required (at most " + MAX_REASON + " characters): it is kept in the audit log.");
        }
        if (subscriptions.setByHand(communityId, plan, change.reason().strip(), admin.actor(), RequestOrigins.of(request)).isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "No such community.")).build();
        }
        return Response.ok(plans.of(communityId).orElseThrow()).build();
    }

    private static Response invalid(String message) {
        return Response.status(400).entity(new ApiError("invalid_request", message)).build();
    }
}
