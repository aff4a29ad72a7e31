package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.SignalRepository;
import org.tradeexecutor.signals.control.SignalReviews;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.ReviewCorrection;
import org.tradeexecutor.signals.entity.ReviewOutcome;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalRefusal;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.time.Instant;
import java.util.Locale;

/** A stored signal, for the hosts of its community; any other community gets 404 (and an audit entry). */
@Path("signals/{signalId}")
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalRepository signals;

    @Inject
    SecurityAuditLog audit;

    @Inject
    SignalReviews reviews;

    @Context
    HttpServletRequest request;

    /** The stored signal with its parse result and, when the community did not take it, why. */
    public record SignalView(String id, String communityId, String providerId, String source, String sourceMessageId, String status,
                             String rawText, Instant receivedAt, Instant updatedAt, ParsedSignal parsed, SignalRefusal refusal,
                             String correlationId, Review review) {
    }

    /** PRODUCT S6: a review's state and, once decided, who decided when; {@code parsedBeforeReview} is the parse as read. */
    public record Review(String state, String by, Instant at, ParsedSignal parsedBeforeReview) {
    }

    /** @param corrections what the host changes (any field may be left out)  @param asExample teach the provider's template from it */
    public record Approval(ReviewCorrection corrections, boolean asExample) {
    }

    /** @param signalId the signal  @param status its status after the review  @param parsed the parse that runs, when approved */
    public record Reviewed(String signalId, String status, ParsedSignal parsed) {
    }

    /** PRODUCT S6: a host approves a signal waiting for review, with corrections; it then runs once. */
    @POST
    @Path("approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("signalId") String signalId, Approval approval) {
        SignedInUser host = currentUser.requireHost();
        String communityId = host.activeCommunityId().orElseThrow();
        ReviewCorrection correction = approval == null || approval.corrections() == null ? ReviewCorrection.NONE : approval.corrections();
        return answer(reviews.approve(communityId, signalId, correction, approval != null && approval.asExample(), host.actor(),
                RequestOrigins.of(request)), host, communityId);
    }

    /** PRODUCT S6: a host dismisses a signal waiting for review; it never runs. */
    @POST
    @Path("dismiss")
    public Response dismiss(@PathParam("signalId") String signalId) {
        SignedInUser host = currentUser.requireHost();
        String communityId = host.activeCommunityId().orElseThrow();
        return answer(reviews.dismiss(communityId, signalId, host.actor(), RequestOrigins.of(request)), host, communityId);
    }

    private Response answer(ReviewOutcome outcome, SignedInUser host, String communityId) {
        if (outcome instanceof ReviewOutcome.Approved approved) {
            return Response.ok(new Reviewed(approved.signalId(), approved.status().name(), approved.approved())).build();
        }
        if (outcome instanceof ReviewOutcome.Dismissed dismissed) {
            return Response.ok(new Reviewed(dismissed.signalId(), SignalStatus.REJECTED.name(), null)).build();
        }
        if (outcome instanceof ReviewOutcome.AlreadyReviewed already) {
            return Response.status(409).entity(new ApiError("already_reviewed", "This signal was " + already.state().name().toLowerCase(Locale.ROOT)
                    + " already; nothing changed.")).build();
        }
        if (outcome instanceof ReviewOutcome.Invalid invalid) {
            return Response.status(400).entity(new SignalPostResource.Invalid("invalid_correction",
                    "The corrected signal breaks a rule; nothing changed.", invalid.reasons())).build();
        }
        audit.record(new AuditEvent("security.unauthorized_access", AuditOutcome.BLOCKED, host.actor(), communityId,
                RequestOrigins.of(request), "signal " + ((ReviewOutcome.NotFound) outcome).signalId(), "review: not waiting in the active community"));
        return Response.status(404).entity(new ApiError("not_found", "No signal waiting for review in your community.")).build();
    }

    @GET
    public Response get(@PathParam("signalId") String signalId) {
        SignedInUser host = currentUser.requireHost();
        String communityId = host.activeCommunityId().orElseThrow();
        var found = signals.findById(signalId).filter(s -> s.getCommunityId().equals(communityId));
        if (found.isEmpty()) {
            audit.record(new AuditEvent("security.unauthorized_access", AuditOutcome.BLOCKED, host.actor(),
                    communityId, RequestOrigins.of(request), "signal " + signalId, "not in the active community"));
            return Response.status(404).entity(new ApiError("not_found", "No such signal in your community.")).build();
        }
        Signal s = found.get();
        return Response.ok(new SignalView(s.getId(), s.getCommunityId(), s.getProviderId(), s.getSource().name(), s.getSourceMessageId(),
                s.getStatus().name(), s.getRawText(), s.getReceivedAt(), s.getUpdatedAt(), SignalIntake.parsedOf(s),
                s.refusal().orElse(null), s.getCorrelationId(), s.getReview() == null ? null : new Review(s.getReview().name(), s.getReviewedBy(),
                s.getReviewedAt(), s.getApprovedJson() == null ? null : SignalIntake.parsedAsRead(s)))).build();
    }
}
