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
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.MemberRoles;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The owner hands the community over (PRODUCT C2); the role change itself is a member's sub-resource in
 * {@link MembersResource} (Jersey routes {@code /community/members/…} to that class only). The requests and answers of both.
 */
@Path("community")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberRolesResource {

    private static final String ROLES = Arrays.stream(CommunityRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    @Inject
    CurrentUser currentUser;

    @Inject
    MemberRoles roles;

    @Context
    HttpServletRequest request;

    public record RoleRequest(String role) {
    }

    public record OwnershipRequest(String userId) {
    }

    /** The member's role as it is now. */
    public record MemberRole(String userId, CommunityRole role) {
    }

    @POST
    @Path("ownership")
    public Response handOver(OwnershipRequest heir) {
        SignedInUser owner = currentUser.requireHost();
        if (heir == null || heir.userId() == null || heir.userId().isBlank()) {
            throw new InvalidRequest("userId", "is the id of the admin who becomes the owner");
        }
        return roles.handOver(owner.activeCommunityId().orElseThrow(), host(owner), heir.userId())
                ? Response.ok(new MemberRole(heir.userId(), CommunityRole.OWNER)).build()
                : noSuchMember();
    }

    private MemberRoles.Host host(SignedInUser user) {
        return host(user, request);
    }

    /** The signed-in host as the member rules and the audit see them. */
    static MemberRoles.Host host(SignedInUser user, HttpServletRequest request) {
        return new MemberRoles.Host(user.id(), user.active().orElseThrow().role(), user.actor(), RequestOrigins.of(request));
    }

    static CommunityRole role(RoleRequest wanted) {
        String given = wanted == null || wanted.role() == null ? "" : wanted.role().strip().toUpperCase(Locale.ROOT);
        // "owner" is a role, given only by handing ownership over: the rule refuses it with the reason.
        return Arrays.stream(CommunityRole.values()).filter(r -> r.name().equals(given)).findFirst()
                .orElseThrow(() -> new InvalidRequest("role", "is one of " + ROLES));
    }

    static Response noSuchMember() {
        return Response.status(404).entity(new ApiError("not_found", "No member of your community has that id.")).build();
    }
}
