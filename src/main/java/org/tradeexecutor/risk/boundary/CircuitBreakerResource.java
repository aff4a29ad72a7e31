package org.tradeexecutor.risk.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.risk.control.RiskProfiles;

/** A platform admin resets a trader's tripped circuit breaker (audited). */
@Path("admin/circuit-breakers")
@Produces(MediaType.APPLICATION_JSON)
public class CircuitBreakerResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskProfiles profiles;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{userId}/reset")
    public Response reset(@PathParam("userId") String userId) {
        SignedInUser admin = currentUser.requirePlatformAdmin();
        return profiles.reset(userId, admin.actor(), RequestOrigins.of(request))
                ? Response.noContent().build()
                : Response.status(409).entity(new ApiError("not_tripped", "That trader's circuit breaker is not tripped.")).build();
    }
}
