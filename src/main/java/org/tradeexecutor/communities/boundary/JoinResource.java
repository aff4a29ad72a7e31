package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.entity.ApiError;

/** A signed-in user joins a community with an invite code (PRODUCT A6) and makes their own choices there. */
@Path("me/memberships")
@Produces(MediaType.APPLICATION_JSON)
public class JoinResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Invites invites;

    @Inject
    Memberships memberships;

    @Context
    HttpServletRequest request;

    /** @param inviteCode the code a host sent, dashes and case do not matter */
    public record JoinRequest(String inviteCode) {
    }

    /** @param communityId the community joined  @param role the role it gave */
    public record Joined(String communityId, String role) {
    }

    /** @param showInRankings whether the community's analytics may name you among its top traders */
    public record MembershipChange(Boolean showInRankings) {
    }

    /** @param communityId the community  @param showInRankings the choice now */
    public record Ranked(String communityId, boolean showInRankings) {
    }

    /** {@code PUT /api/me/memberships/{communityId} {showInRankings}}: the member's own choices in one community. */
    @PUT
    @Path("{communityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("communityId") String communityId, MembershipChange change) {
        if (change == null || change.showInRankings() == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "Send {\"showInRankings\": true|false}.")).build();
        }
        return memberships.showInRankings(communityId, currentUser.require().id(), change.showInRankings())
                .map(m -> Response.ok(new Ranked(m.getCommunityId(), m.isShowInRankings())).build())
                .orElseGet(() -> Response.status(404).entity(new ApiError("not_found", "You are not a member of this community.")).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(JoinRequest join) {
        Invites.Outcome<Membership> outcome = invites.join(currentUser.require().actor(), join == null ? null : join.inviteCode(), RequestOrigins.of(request));
        return outcome.ok() ? Response.status(201).entity(new Joined(outcome.value().getCommunityId(), outcome.value().getRole().name())).build()
                : InviteAnswers.refused(outcome);
    }
}
