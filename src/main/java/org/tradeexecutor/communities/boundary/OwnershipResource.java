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
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.communities.control.MemberRoles;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.platform.entity.InvalidRequest;

/** The owner hands the community over to an admin (PRODUCT C2). */
@Path("community/ownership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnershipResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MemberRoles roles;

    @Context
    HttpServletRequest request;

    public record OwnershipRequest(String userId) {
    }

    @POST
    public Response handOver(OwnershipRequest heir) {
        SignedInUser owner = currentUser.requireHost();
        if (heir == null || heir.userId() == null || heir.userId().isBlank()) {
            throw new InvalidRequest("userId", "is the id of the admin who becomes the owner");
        }
        return roles.handOver(owner.activeCommunityId().orElseThrow(), MembersResource.host(owner, request), heir.userId())
                ? Response.ok(new MembersResource.MemberRole(heir.userId(), CommunityRole.OWNER)).build()
                : MembersResource.noSuchMember();
    }
}
