package org.tradeexecutor.rollout.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.UserDirectory;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.rollout.control.DualDashboardFlag;
import org.tradeexecutor.rollout.control.RolloutBucket;
import org.tradeexecutor.rollout.entity.FeatureFlagsResponse;
import org.tradeexecutor.rollout.entity.FlagState;
import org.tradeexecutor.rollout.entity.UserBucket;

import java.util.List;

/** Platform-admin view and control of the dual-dashboard rollout (PRODUCT F4). Every change is audited. */
@Path("admin/feature-flags")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureFlagResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DualDashboardFlag flag;

    @Inject
    UserDirectory users;

    @Inject
    SecurityAuditLog audit;

    @Context
    HttpServletRequest request;

    @GET
    public FeatureFlagsResponse flags() {
        currentUser.requirePlatformAdmin();
        return describe(flag.state());
    }

    @GET
    @Path("dual-dashboard")
    public Response bucket(@QueryParam("userId") String userId) {
        currentUser.requirePlatformAdmin();
        if (userId == null || userId.isEmpty()) {
            return Response.status(400).entity(new ApiError("invalid_request", "The query parameter userId is required.")).build();
        }
        return Response.ok(new UserBucket(userId, RolloutBucket.of(userId), DualDashboardFlag.enabledFor(userId, flag.state()))).build();
    }

    /** @param enabled the master switch  @param rolloutPercentage 0..100 */
    public record FlagChange(Boolean enabled, Integer rolloutPercentage) {
    }

    @PUT
    @Path("dual-dashboard")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(FlagChange change) {
        SignedInUser admin = currentUser.requirePlatformAdmin();
        if (change == null || change.enabled() == null || change.rolloutPercentage() == null
                || change.rolloutPercentage() < 0 || change.rolloutPercentage() > 100) {
            return Response.status(400).entity(new ApiError("invalid_request",
                    "Send {\"enabled\": true|false, \"rolloutPercentage\": 0..100}.")).build();
        }
        FlagState before = flag.override(change.enabled(), change.rolloutPercentage(), admin.id());
        auditChange(admin, before, flag.state());
        return Response.ok(describe(flag.state())).build();
    }

    /** Drops the runtime setting; configuration applies again. */
    @DELETE
    @Path("dual-dashboard")
    public FeatureFlagsResponse reset() {
        SignedInUser admin = currentUser.requirePlatformAdmin();
        flag.clearOverride().ifPresent(before -> auditChange(admin, before, flag.state()));
        return describe(flag.state());
    }

    private void auditChange(SignedInUser admin, FlagState before, FlagState after) {
        audit.record(new AuditEvent("rollout.flag_change", AuditOutcome.SUCCESS, admin.actor(),
                null, RequestOrigins.of(request), "dual-dashboard",
                "before: enabled=" + before.enabled() + " percentage=" + before.rolloutPercentage() + " (" + before.source() + "); "
                        + "after: enabled=" + after.enabled() + " percentage=" + after.rolloutPercentage() + " (" + after.source() + ")"));
    }

    private FeatureFlagsResponse describe(FlagState state) {
        List<String> ids = users.allIds();
        long in = ids.stream().filter(id -> DualDashboardFlag.enabledFor(id, state)).count();
        return new FeatureFlagsResponse(new FeatureFlagsResponse.DualDashboard(state.enabled(), state.rolloutPercentage(),
                "consistent-hash", state.source(), state.lastUpdated(), in, ids.size() - in));
    }
}
