package org.tradeexecutor.risk.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.ApiProblems;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.risk.entity.RiskStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The signed-in trader's risk profile (PRODUCT T3): read, replace (every range checked), or take a preset. */
@Path("trader/risk-profile")
@Produces(MediaType.APPLICATION_JSON)
public class RiskProfileResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskProfiles profiles;

    @Context
    HttpServletRequest request;


    @GET
    public RiskStatus get() {
        return status(currentUser.require().id());
    }

    /** Replaces the whole profile; the user id in the body is ignored (it is always the signed-in user's). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(RiskProfile wanted) {
        SignedInUser user = currentUser.require();
        if (wanted == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "A risk profile is required.")).build();
        }
        return saved(user, wanted.forUser(user.id()));
    }

    @POST
    @Path("preset/{preset}")
    public Response preset(@PathParam("preset") String preset) {
        SignedInUser user = currentUser.require();
        return Arrays.stream(RiskPreset.values()).filter(p -> p.name().equals(preset.toUpperCase(Locale.ROOT))).findFirst()
                .map(p -> saved(user, p.forUser(user.id())))
                .orElseGet(() -> Response.status(404).entity(new ApiError("not_found", "Presets: conservative, moderate, aggressive.")).build());
    }

    private Response saved(SignedInUser user, RiskProfile profile) {
        List<String> problems = profiles.save(profile, user.actor(), RequestOrigins.of(request));
        if (!problems.isEmpty()) {
            return Response.status(400).entity(ApiProblems.of("invalid_risk_profile", problems)).build();
        }
        return Response.ok(status(user.id())).build();
    }

    private RiskStatus status(String userId) {
        return new RiskStatus(profiles.of(userId), profiles.breaker(userId), List.of(RiskPreset.values()));
    }
}
