package org.tradeexecutor.signals.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderCreated;
import org.tradeexecutor.signals.entity.ProviderLimitReached;
import org.tradeexecutor.signals.entity.ProviderRefused;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.signals.entity.ProviderView;

import java.util.List;
import java.util.Optional;

/** Hosts manage the providers of the active community (PRODUCT S1, C4). Every change is audited. */
@Path("community/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    static final int MAX_NAME = 80;
    static final int MAX_AUTHORS = 50;
    private static final String SNOWFLAKE = "\\d{5,25}";

    @Inject
    CurrentUser currentUser;

    @Inject
    Providers providers;

    @Inject
    Memberships memberships;

    @Inject
    SecurityAuditLog audit;


    @Context
    HttpServletRequest request;

    /**
     * @param name shown to traders  @param type DISCORD_CHANNEL, WEBHOOK or MANUAL  @param discordChannelId for Discord providers
     * @param discordAuthorIds for Discord providers: whose messages count (empty or absent: everyone in the channel)
     */
    public record NewProvider(String name, ProviderType type, String discordChannelId, List<String> discordAuthorIds) {
    }

    /**
     * @param name a new name  @param enabled on or off  @param discordChannelId a new channel ("" unbinds)
     * @param discordAuthorIds whose messages count ([] = everyone)  @param ownerUserId a member who may post its signals
     */
    public record ProviderChange(String name, Boolean enabled, String discordChannelId, List<String> discordAuthorIds, String ownerUserId) {
    }

    /** @param provider the provider  @param webhookSecret the secret in clear, shown this once */
    public record ProviderWithSecret(ProviderView provider, String webhookSecret) {
    }

    @GET
    public List<ProviderView> list() {
        String communityId = host().activeCommunityId().orElseThrow();
        return providers.of(communityId).stream().map(p -> ProviderView.of(p, PublicAddress.of(request))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewProvider wanted) {
        SignedInUser host = host();
        Optional<String> problem = problemWith(wanted);
        if (problem.isPresent()) {
            return Response.status(400).entity(new ApiError("invalid_request", problem.get())).build();
        }
        try {
            ProviderCreated created = providers.create(host.activeCommunityId().orElseThrow(), wanted.name().trim(), wanted.type(),
                    blankToNull(wanted.discordChannelId()), wanted.discordAuthorIds(), host.actor(), RequestOrigins.of(request), null);
            return Response.status(201).entity(new ProviderWithSecret(ProviderView.of(created.provider(), PublicAddress.of(request)), created.webhookSecret())).build();
        } catch (ProviderLimitReached e) {
            return Response.status(409).entity(new ApiError("plan_limit", e.getMessage())).build();
        } catch (ProviderRefused e) {
            return refused(e);
        }
    }

    @PUT
    @Path("{providerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("providerId") String providerId, ProviderChange change) {
        SignedInUser host = host();
        Optional<Provider> found = own(host, providerId);
        if (found.isEmpty()) {
            return notFound(host, providerId);
        }
        if (change == null || (change.name() != null && (change.name().isBlank() || change.name().length() > MAX_NAME))) {
            return Response.status(400).entity(new ApiError("invalid_request", "A name has 1 to " + MAX_NAME + " characters.")).build();
        }
        Optional<String> discordProblem = discordProblem(found.get().getType(), change.discordChannelId(), change.discordAuthorIds(), false);
        if (discordProblem.isPresent()) {
            return Response.status(400).entity(new ApiError("invalid_request", discordProblem.get())).build();
        }
        if (change.ownerUserId() != null && memberships.of(change.ownerUserId()).stream()
                .noneMatch(m -> m.communityId().equals(found.get().getCommunityId()))) {
            return Response.status(400).entity(new ApiError("invalid_request", "The owner must be a member of this community.")).build();
        }
        Provider saved;
        try {
            saved = providers.change(found.get(), change.name() == null ? null : change.name().trim(), change.enabled(),
                    change.discordChannelId(), change.discordAuthorIds(), host.actor(), RequestOrigins.of(request));
        } catch (ProviderRefused e) {
            return refused(e);
        }
        if (change.ownerUserId() != null) {
            saved = providers.handOver(saved, change.ownerUserId(), host.actor(), RequestOrigins.of(request));
        }
        return Response.ok(ProviderView.of(saved, PublicAddress.of(request))).build();
    }

    @POST
    @Path("{providerId}/rotate-secret")
    public Response rotate(@PathParam("providerId") String providerId) {
        SignedInUser host = host();
        Optional<Provider> found = ownWebhook(host, providerId);
        if (found.isEmpty()) {
            return notFound(host, providerId);
        }
        ProviderCreated rotated = providers.rotateSecret(found.get(), host.actor(), RequestOrigins.of(request));
        return Response.ok(new ProviderWithSecret(ProviderView.of(rotated.provider(), PublicAddress.of(request)), rotated.webhookSecret())).build();
    }

    /** @param provider the provider  @param url where unsigned signals are taken, with the token: shown this once */
    public record ProviderWithUrl(ProviderView provider, String url) {
    }

    /** Opt-in for senders that cannot sign: a new secret URL (the earlier one stops working). */
    @POST
    @Path("{providerId}/url-token")
    public Response rotateUrlToken(@PathParam("providerId") String providerId) {
        SignedInUser host = host();
        Optional<Provider> found = ownWebhook(host, providerId);
        if (found.isEmpty()) {
            return notFound(host, providerId);
        }
        String token = providers.rotateUrlToken(found.get(), host.actor(), RequestOrigins.of(request));
        String base = PublicAddress.of(request);
        return Response.ok(new ProviderWithUrl(ProviderView.of(found.get(), base),
                ProviderView.webhookUrl(base, providerId) + "/t/" + token)).build();
    }

    /** Back to signed deliveries only. */
    @DELETE
    @Path("{providerId}/url-token")
    public Response disableUrlToken(@PathParam("providerId") String providerId) {
        SignedInUser host = host();
        Optional<Provider> found = ownWebhook(host, providerId);
        if (found.isEmpty()) {
            return notFound(host, providerId);
        }
        return Response.ok(ProviderView.of(providers.disableUrlToken(found.get(), host.actor(), RequestOrigins.of(request)),
                PublicAddress.of(request))).build();
    }

    private SignedInUser host() {
        return currentUser.requireHost();
    }

    private Optional<Provider> own(SignedInUser host, String providerId) {
        return providers.find(host.activeCommunityId().orElseThrow(), providerId);
    }

    private Optional<Provider> ownWebhook(SignedInUser host, String providerId) {
        return own(host, providerId).filter(p -> p.getType() == ProviderType.WEBHOOK);
    }

    /** Another community's provider is answered exactly like a missing one, and the attempt is audited. */
    private Response notFound(SignedInUser host, String providerId) {
        audit.record(new AuditEvent("security.unauthorized_access", AuditOutcome.BLOCKED, host.actor(),
                host.activeCommunityId().orElse(null), RequestOrigins.of(request), "provider " + providerId, "not in the active community"));
        return Response.status(404).entity(new ApiError("not_found", "No such provider in your community.")).build();
    }


    private static Optional<String> problemWith(NewProvider wanted) {
        if (wanted == null || wanted.name() == null || wanted.name().isBlank() || wanted.name().length() > MAX_NAME) {
            return Optional.of("A name of 1 to " + MAX_NAME + " characters is required.");
        }
        if (wanted.type() == null) {
            return Optional.of("type must be DISCORD_CHANNEL, WEBHOOK or MANUAL.");
        }
        return discordProblem(wanted.type(), wanted.discordChannelId(), wanted.discordAuthorIds(), true);
    }

    /** Channel and author ids are Discord snowflakes; only Discord providers have them, and they need a channel. */
    private static Optional<String> discordProblem(ProviderType type, String channelId, List<String> authorIds, boolean creating) {
        boolean discord = type == ProviderType.DISCORD_CHANNEL;
        if (discord && creating && (channelId == null || !channelId.matches(SNOWFLAKE))) {
            return Optional.of("A Discord provider needs the channel's numeric id (discordChannelId).");
        }
        if (channelId != null && !channelId.isBlank() && (!discord || !channelId.trim().matches(SNOWFLAKE))) {
            return Optional.of(discord ? "discordChannelId is the channel's numeric id." : "Only Discord providers have a channel.");
        }
        if (authorIds != null && (!discord || authorIds.size() > MAX_AUTHORS || authorIds.stream().anyMatch(id -> id == null || !id.matches(SNOWFLAKE)))) {
            return Optional.of(discord ? "discordAuthorIds: at most " + MAX_AUTHORS + " numeric Discord user ids." : "Only Discord providers have authors.");
        }
        return Optional.empty();
    }

    private static Response refused(ProviderRefused e) {
        return Response.status(e.code().equals("channel_taken") ? 409 : 400).entity(new ApiError(e.code(), e.getMessage())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
