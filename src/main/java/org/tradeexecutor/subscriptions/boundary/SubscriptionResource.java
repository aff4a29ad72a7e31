package org.tradeexecutor.subscriptions.boundary;

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
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.MemberRefusal;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.FollowedProvider;
import org.tradeexecutor.subscriptions.entity.Subscription;
import org.tradeexecutor.subscriptions.entity.SubscriptionRefused;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.util.List;
import java.util.Optional;

/**
 * A trader follows and unfollows the providers of the active community (PRODUCT T1). A provider of another
 * community is refused with 403 and the attempt is audited.
 */
@Path("trader/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Providers providers;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SecurityAuditLog audit;

    @Context
    HttpServletRequest request;

    /** @param settings the overrides; the defaults when omitted */
    public record FollowRequest(String providerId, SubscriptionSettings settings) {
    }

    @GET
    public List<FollowedProvider> list() {
        SignedInUser user = member();
        String communityId = user.activeCommunityId().orElseThrow();
        return providers.of(communityId).stream().map(provider -> {
            Optional<Subscription> subscription = subscriptions.find(communityId, user.id(), provider.getId());
            boolean following = subscription.map(Subscription::isActive).orElse(false);
            return new FollowedProvider(provider.getId(), provider.getName(), provider.getType().name(), provider.isEnabled(), following,
                    subscription.map(Subscription::settings).orElse(SubscriptionSettings.DEFAULTS));
        }).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response follow(FollowRequest wanted) {
        SignedInUser user = member();
        if (wanted == null || wanted.providerId() == null || wanted.providerId().isBlank()) {
            return Response.status(400).entity(new ApiError("invalid_request", "providerId is required.")).build();
        }
        String communityId = user.activeCommunityId().orElseThrow();
        Optional<Provider> provider = providers.find(communityId, wanted.providerId());
        if (provider.isEmpty()) {
            boolean elsewhere = providers.find(wanted.providerId()).isPresent();
            audit.record(new AuditEvent("subscription.follow", AuditOutcome.BLOCKED, user.actor(), communityId, RequestOrigins.of(request),
                    "provider " + wanted.providerId(), elsewhere ? "provider of another community" : "no such provider"));
            return elsewhere
                    ? Response.status(403).entity(new ApiError("forbidden", "That provider belongs to another community.")).build()
                    : Response.status(404).entity(new ApiError("not_found", "No such provider in your community.")).build();
        }
        try {
            Subscription saved = subscriptions.follow(communityId, user.id(), provider.get().getId(),
                    wanted.settings() == null ? SubscriptionSettings.DEFAULTS : wanted.settings(), user.actor(), RequestOrigins.of(request));
            return Response.status(201).entity(view(provider.get(), saved)).build();
        } catch (SubscriptionRefused e) {
            return Response.status(400).entity(new ApiError("invalid_request", e.getMessage())).build();
        }
    }

    @PUT
    @Path("{providerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("providerId") String providerId, SubscriptionSettings settings) {
        SignedInUser user = member();
        String communityId = user.activeCommunityId().orElseThrow();
        Optional<Subscription> subscription = subscriptions.find(communityId, user.id(), providerId).filter(Subscription::isActive);
        Optional<Provider> provider = providers.find(communityId, providerId);
        if (subscription.isEmpty() || provider.isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "You do not follow that provider.")).build();
        }
        if (settings == null) {
            return Response.status(400).entity(new ApiError("invalid_request", "The settings are required.")).build();
        }
        try {
            return Response.ok(view(provider.get(), subscriptions.change(subscription.get(), settings, user.actor(), RequestOrigins.of(request)))).build();
        } catch (SubscriptionRefused e) {
            return Response.status(400).entity(new ApiError("invalid_request", e.getMessage())).build();
        }
    }

    @DELETE
    @Path("{providerId}")
    public Response unfollow(@PathParam("providerId") String providerId) {
        SignedInUser user = member();
        Optional<Subscription> subscription = subscriptions.find(user.activeCommunityId().orElseThrow(), user.id(), providerId)
                .filter(Subscription::isActive);
        if (subscription.isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "You do not follow that provider.")).build();
        }
        subscriptions.unfollow(subscription.get(), user.actor(), RequestOrigins.of(request));
        return Response.noContent().build();
    }

    /** A member of the active community; whether they may follow (trade) there is the control's question. */
    private SignedInUser member() {
        SignedInUser user = currentUser.require();
        if (user.active().isEmpty()) {
            throw new ActionRefused(MemberRefusal.NOT_A_MEMBER, null);
        }
        return user;
    }

    private static FollowedProvider view(Provider provider, Subscription subscription) {
        return new FollowedProvider(provider.getId(), provider.getName(), provider.getType().name(), provider.isEnabled(),
                subscription.isActive(), subscription.settings());
    }
}
