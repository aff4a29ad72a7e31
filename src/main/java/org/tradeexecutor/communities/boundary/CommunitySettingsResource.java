package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.CommunityConfiguration;
import org.tradeexecutor.communities.entity.CommunitySettings;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.ApiProblems;


/** Hosts read and change the active community's settings (PRODUCT C5); a change with any problem answers them all and changes nothing. */
@Path("community/settings")
@Produces(MediaType.APPLICATION_JSON)
public class CommunitySettingsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityConfiguration configuration;

    @Context
    HttpServletRequest request;

    @GET
    public CommunitySettings settings() {
        return configuration.of(currentUser.requireHost().activeCommunityId().orElseThrow()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(CommunitySettings wanted) {
        SignedInUser host = currentUser.requireHost();
        if (wanted == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "Send the settings to change as a JSON object.")).build();
        }
        CommunityConfiguration.Change change = configuration.change(host.activeCommunityId().orElseThrow(), wanted, host.actor(), RequestOrigins.of(request))
                .orElseThrow(NotFoundException::new);
        if (!change.problems().isEmpty()) {
            return Response.status(400).entity(ApiProblems.of("invalid_settings", change.problems())).build();
        }
        return Response.ok(change.settings()).build();
    }

}
