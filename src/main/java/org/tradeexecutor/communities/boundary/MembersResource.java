package org.tradeexecutor.communities.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.MemberDirectory;
import org.tradeexecutor.communities.control.MemberRoles;
import org.tradeexecutor.communities.control.MemberStanding;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.MemberQuery;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.util.Locale;
import java.util.Optional;

import static org.tradeexecutor.platform.entity.QueryParameters.blank;
import static org.tradeexecutor.platform.entity.QueryParameters.number;
import static org.tradeexecutor.platform.entity.QueryParameters.oneOf;
import static org.tradeexecutor.platform.entity.QueryParameters.shortened;
import static org.tradeexecutor.platform.entity.QueryParameters.text;

/**
 * The active community's members, for its hosts: the list (PRODUCT C1; the total in {@code X-Total-Count}), a
 * member's role (C2), suspend, restore, remove (C3).
 */
@Path("community/members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_REASON = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberStanding standing;

    @Context
    HttpServletRequest request;

    public record RoleRequest(String role) {
    }

    /** The member's role as it is now. */
    public record MemberRole(String userId, CommunityRole role) {
    }

    public record SuspendRequest(String reason) {
    }

    /** A member's standing as it is now. */
    public record Standing(String userId, MembershipStatus status, String reason) {
    }

    @Inject
    MemberRoles roles;

    @PUT
    @Path("{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRole(@PathParam("userId") String userId, RoleRequest wanted) {
        SignedInUser host = currentUser.requireHost();
        // "owner" is a role, given only by handing ownership over: the rule refuses it with the reason.
        CommunityRole to = oneOf("role", wanted == null || wanted.role() == null ? "" : wanted.role(), CommunityRole.class);
        return roles.change(host.activeCommunityId().orElseThrow(), host(host, request), userId, to)
                .map(m -> Response.ok(new MemberRole(m.getUserId(), m.getRole())).build())
                .orElseGet(MembersResource::noSuchMember);
    }

    @POST
    @Path("{userId}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suspend(@PathParam("userId") String userId, SuspendRequest wanted) {
        SignedInUser host = currentUser.requireHost();
        String reason = wanted == null || blank(wanted.reason()) ? null : wanted.reason().strip();
        if (reason == null || reason.length() > MAX_REASON) {
            throw new InvalidRequest("reason", "is what the member is told, 1 to " + MAX_REASON + " characters.");
        }
        return answer(standing.suspend(host.activeCommunityId().orElseThrow(), host(host, request), userId, reason));
    }

    @POST
    @Path("{userId}/restore")
    public Response restore(@PathParam("userId") String userId) {
        SignedInUser host = currentUser.requireHost();
        return answer(standing.restore(host.activeCommunityId().orElseThrow(), host(host, request), userId));
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        SignedInUser host = currentUser.requireHost();
        return standing.remove(host.activeCommunityId().orElseThrow(), host(host, request), userId)
                ? Response.noContent().build() : noSuchMember();
    }

    private static Response answer(Optional<Membership> membership) {
        return membership.map(m -> Response.ok(new Standing(m.getUserId(), m.getStatus(), m.getStatusReason())).build())
                .orElseGet(MembersResource::noSuchMember);
    }

    @GET
    public Response list(@QueryParam("search") String search, @QueryParam("role") String role, @QueryParam("status") String status,
                         @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        String communityId = currentUser.requireHost().activeCommunityId().orElseThrow();
        MemberQuery query = query(search, role, status, sort, page, size);
        MemberDirectory.Page found = directory.list(communityId, query);
        return Response.ok(found.members()).header("X-Total-Count", found.total()).build();
    }

    static MemberQuery query(String search, String role, String status, String sort, String page, String size) {
        MemberQuery.Sort column = MemberQuery.Sort.USERNAME;
        boolean descending = false;
        if (!blank(sort)) {
            String[] parts = sort.trim().split(",", -1);
            column = MemberQuery.Sort.of(parts[0].trim()).orElseThrow(() -> new InvalidRequest("sort",
                    "'" + shortened(parts[0]) + "' is not a column; sort on " + MemberQuery.Sort.labels() + "."));
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidRequest("sort", "write column,asc or column,desc.");
            }
            descending = direction.equals("desc");
        }
        return new MemberQuery(text("search", search), blank(role) ? null : oneOf("role", role, CommunityRole.class),
                blank(status) ? null : oneOf("status", status, MembershipStatus.class),
                column, descending, number("page", page, 0, 0, Integer.MAX_VALUE), number("size", size, 50, 1, MAX_PAGE_SIZE));
    }

    /** The signed-in host as the member rules and the audit see them. */
    static MemberRoles.Host host(SignedInUser user, HttpServletRequest request) {
        return new MemberRoles.Host(user.id(), user.active().orElseThrow().role(), user.actor(), RequestOrigins.of(request));
    }

    static Response noSuchMember() {
        return Response.status(404).entity(new ApiError("not_found", "No member of your community has that id.")).build();
    }
}
