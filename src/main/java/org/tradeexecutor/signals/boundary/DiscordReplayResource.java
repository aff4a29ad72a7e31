package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.DiscordIntake;
import org.tradeexecutor.signals.entity.ChatMessage;
import org.tradeexecutor.signals.entity.IntakeOutcome;

import java.util.List;

/**
 * Feeds a recorded Discord message through the same handler as the gateway: for tests without Discord and for ops
 * replaying a message that was missed. Platform admins only, and only with DISCORD_REPLAY_ENABLED=true.
 */
@Path("admin/discord/replay")
public class DiscordReplayResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscordIntake intake;

    @Inject
    @ConfigProperty(name = "DISCORD_REPLAY_ENABLED", defaultValue = "false")
    boolean enabled;

    /** @param signalId the stored signal  @param status its status  @param parseStatus the parse  @param duplicate a repeat */
    public record Replayed(String signalId, String status, String parseStatus, boolean duplicate) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replay(ChatMessage message) {
        currentUser.requirePlatformAdmin();
        if (!enabled) {
            return Response.status(404).entity(new ApiError("not_found", "Replay is off (DISCORD_REPLAY_ENABLED).")).build();
        }
        if (message == null || message.messageId() == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "A message needs channelId, messageId and content.")).build();
        }
        List<Replayed> outcomes = intake.handle(message).stream()
                .filter(IntakeOutcome.Stored.class::isInstance).map(IntakeOutcome.Stored.class::cast)
                .map(s -> new Replayed(s.signal().getId(), s.signal().getStatus().name(), s.parsed().status().name(), s.duplicate()))
                .toList();
        return Response.ok(outcomes).build();
    }
}
