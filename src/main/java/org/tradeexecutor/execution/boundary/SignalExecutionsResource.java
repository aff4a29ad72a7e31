package org.tradeexecutor.execution.boundary;

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
import org.tradeexecutor.execution.control.ExecutionRepository;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.SignalLifecycle;

import java.math.BigDecimal;
import java.util.Comparator;

/** What became of a signal: one entry per follower and leg, for the hosts of its community (others get 404). */
@Path("signals/{signalId}/executions")
@Produces(MediaType.APPLICATION_JSON)
public class SignalExecutionsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalLifecycle signals;

    @Inject
    ExecutionRepository executions;

    @Inject
    SecurityAuditLog audit;

    @Context
    HttpServletRequest request;

    /** @param reason why it was refused or adjusted, or how it was sized  @param correlationId the signal's, on the log lines of this order */
    public record FollowerExecution(String userId, String username, String leg, String state, String clientOrderId, BigDecimal quantity,
                                    String reason, String correlationId) {
    }

    @GET
    public Response list(@PathParam("signalId") String signalId) {
        SignedInUser host = currentUser.requireHost();
        String communityId = host.activeCommunityId().orElseThrow();
        if (signals.find(signalId).filter(s -> s.getCommunityId().equals(communityId)).isEmpty()) {
            audit.record(new AuditEvent("security.unauthorized_access", AuditOutcome.BLOCKED, host.actor(), communityId,
                    RequestOrigins.of(request), "executions of signal " + signalId, "not in the active community"));
            return Response.status(404).entity(new ApiError("not_found", "No such signal in your community.")).build();
        }
        return Response.ok(executions.findBySignalId(signalId).stream()
                .sorted(Comparator.comparing(Execution::getUsername).thenComparing(Execution::getLeg))
                .map(e -> new FollowerExecution(e.getUserId(), e.getUsername(), e.getLeg(), e.getState().name(), e.getClientOrderId(),
                        e.getQuantity(), e.getReason(), e.getCorrelationId()))
                .toList()).build();
    }
}
