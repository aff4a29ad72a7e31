package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
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
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalRefusal;

import java.time.Instant;

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

    @Context
    HttpServletRequest request;

    /** The stored signal with its parse result and, when the community did not take it, why. */
    public record SignalView(String id, String communityId, String providerId, String source, String sourceMessageId, String status,
                             String rawText, Instant receivedAt, Instant updatedAt, ParsedSignal parsed, SignalRefusal refusal,
                             String correlationId) {
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
                s.refusal().orElse(null), s.getCorrelationId())).build();
    }
}
