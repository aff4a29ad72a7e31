package org.tradeexecutor.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.notifications.control.DiscordMessenger;
import org.tradeexecutor.notifications.control.NotificationHistory;
import org.tradeexecutor.notifications.control.NotificationSettings;
import org.tradeexecutor.notifications.entity.NotificationPage;
import org.tradeexecutor.notifications.entity.PreferencesView;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.ApiProblems;

import java.util.List;
import java.util.Map;

/** The signed-in user's notifications (PRODUCT T4): the history, the unread count, marking read, and the preferences. */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    /** The body of {@code PUT …/preferences}. */
    public record PreferencesChange(List<NotificationSettings.Choice> preferences) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationHistory history;

    @Inject
    NotificationSettings settings;

    @Inject
    DiscordMessenger messenger;

    @GET
    public Response page(@QueryParam("before") String before, @QueryParam("limit") @DefaultValue("25") String limit) {
        int size;
        try {
            size = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return Response.status(400).entity(new ApiError("invalid_request", "limit must be a whole number from 1 to " + NotificationHistory.MAX_PAGE + ".")).build();
        }
        if (size < 1 || size > NotificationHistory.MAX_PAGE) {
            return Response.status(400).entity(new ApiError("invalid_request", "limit must be a whole number from 1 to " + NotificationHistory.MAX_PAGE + ".")).build();
        }
        NotificationPage page = history.page(currentUser.require().id(), before, size);
        return Response.ok(page).build();
    }

    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", history.unread(currentUser.require().id()));
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") String id) {
        if (!history.markRead(currentUser.require().id(), id)) {
            return Response.status(404).entity(new ApiError("not_found", "You have no notification " + id + ".")).build();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    public Response markAllRead() {
        history.markAllRead(currentUser.require().id());
        return Response.noContent().build();
    }

    @GET
    @Path("preferences")
    public PreferencesView preferences() {
        return view(currentUser.require());
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(PreferencesChange change) {
        SignedInUser user = currentUser.require();
        if (change == null || change.preferences() == null) {
            return Response.status(400).entity(new ApiError("invalid_request",
                    "Send {\"preferences\":[{\"type\":\"fill\",\"channel\":\"inApp\",\"level\":\"silent\"}, …]}.")).build();
        }
        List<String> problems = settings.change(user.id(), change.preferences());
        if (!problems.isEmpty()) {
            return Response.status(400).entity(ApiProblems.of("invalid_preferences", problems)).build();
        }
        return Response.ok(view(user)).build();
    }

    private PreferencesView view(SignedInUser user) {
        return PreferencesView.of(settings.of(user.id()), user.user().getDiscordUserId() != null, messenger.enabled());
    }
}
