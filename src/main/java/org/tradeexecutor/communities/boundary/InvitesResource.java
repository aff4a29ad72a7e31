package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.entity.Invite;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.List;

/** Invite codes of the active community (PRODUCT A6), for its hosts. */
@Path("community/invites")
@Produces(MediaType.APPLICATION_JSON)
public class InvitesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Invites invites;

    @Context
    HttpServletRequest request;

    /** @param role trader (default) or viewer  @param maxUses 1–1,000 (25)  @param days 1–30 (7) */
    public record InviteRequest(String role, Integer maxUses, Integer days) {
    }

    @GET
    public List<Invite> open() {
        return invites.open(communityOf(currentUser.requireHost()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InviteRequest wanted) {
        SignedInUser host = currentUser.requireHost();
        InviteRequest asked = wanted == null ? new InviteRequest(null, null, null) : wanted;
        Invites.Outcome<Invite> made = invites.create(host.actor(), communityOf(host), asked.role(), asked.maxUses(), asked.days(), RequestOrigins.of(request));
        return made.ok() ? Response.status(201).entity(made.value()).build() : InviteAnswers.refused(made);
    }

    @DELETE
    @Path("{code}")
    public Response revoke(@PathParam("code") String code) {
        SignedInUser host = currentUser.requireHost();
        return invites.revoke(host.actor(), communityOf(host), code, RequestOrigins.of(request)) ? Response.noContent().build()
                : Response.status(404).entity(new ApiError("not_found", "Your community has no such invite code.")).build();
    }

    private static String communityOf(SignedInUser host) {
        return host.activeCommunityId().orElseThrow();
    }
}
