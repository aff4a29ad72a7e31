package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.entity.Membership;

/** A signed-in user joins a community with an invite code (PRODUCT A6). */
@Path("me/memberships")
@Produces(MediaType.APPLICATION_JSON)
public class JoinResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Invites invites;

    @Context
    HttpServletRequest request;

    /** @param inviteCode the code a host sent, dashes and case do not matter */
    public record JoinRequest(String inviteCode) {
    }

    /** @param communityId the community joined  @param role the role it gave */
    public record Joined(String communityId, String role) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(JoinRequest join) {
        Invites.Outcome<Membership> outcome = invites.join(currentUser.require().actor(), join == null ? null : join.inviteCode(), RequestOrigins.of(request));
        return outcome.ok() ? Response.status(201).entity(new Joined(outcome.value().getCommunityId(), outcome.value().getRole().name())).build()
                : InviteAnswers.refused(outcome);
    }
}
