package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.MeResponse;
import org.tradeexecutor.platform.entity.ApiError;

/** The signed-in user: who am I, and switching the active community. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    public MeResponse me() {
        return MeResponse.of(currentUser.require());
    }

    /** @param communityId the community to work in */
    public record ActiveCommunityChange(String communityId) {
    }

    @PUT
    @Path("active-community")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response switchCommunity(ActiveCommunityChange change) {
        if (change == null || change.communityId() == null || change.communityId().isBlank()) {
            return Response.status(400).entity(new ApiError("invalid_request", "communityId is required.")).build();
        }
        if (!currentUser.switchCommunity(change.communityId())) {
            return Response.status(404).entity(new ApiError("not_found", "You are not a member of that community.")).build();
        }
        return Response.ok(MeResponse.of(currentUser.require())).build();
    }
}
