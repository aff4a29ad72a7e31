package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.TimeZones;
import org.tradeexecutor.access.control.PasswordChange;
import org.tradeexecutor.access.entity.MeResponse;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.platform.entity.ApiError;

import java.time.ZoneId;
import java.util.List;

/** The signed-in user: who am I, the active community, the own password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordChange passwords;

    @Inject
    SignedInSessions sessions;

    @Inject
    TimeZones timeZones;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public MeResponse me() {
        return MeResponse.of(currentUser.require());
    }

    /** @param currentPassword the password now  @param newPassword the password wanted */
    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    /** @param error "invalid_password"  @param problems every rule the new password breaks */
    public record PasswordProblems(String error, List<String> problems) {
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChangeRequest change) {
        if (change == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "Send currentPassword and newPassword.")).build();
        }
        List<String> problems = passwords.change(currentUser.require().user(), change.currentPassword(), change.newPassword(),
                RequestOrigins.of(request));
        if (!problems.isEmpty()) {
            return Response.status(400).entity(new PasswordProblems("invalid_password", problems)).build();
        }
        sessions.renewed(request, response, currentUser.require().id());
        return Response.noContent().build();
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

    /** @param timeZone an IANA time zone id, e.g. Europe/Berlin */
    public record TimeZoneChange(String timeZone) {
    }

    /** The time zone the dashboards count days, weeks (from Monday) and months in. */
    @PUT
    @Path("time-zone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeTimeZone(TimeZoneChange change) {
        ZoneId zone = timeZones.change(currentUser.require().id(), change == null ? null : change.timeZone());
        return Response.ok(new TimeZoneChange(zone.getId())).build();
    }
}
