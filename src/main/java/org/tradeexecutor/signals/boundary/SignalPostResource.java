package org.tradeexecutor.signals.boundary;

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
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.ManualSignals;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;

import java.util.List;
import java.util.Optional;

/** PRODUCT S7 over the API: a host, or the provider's owner, posts a signal by hand. Same pipeline, audited. */
@Path("signals")
@Produces(MediaType.APPLICATION_JSON)
public class SignalPostResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Providers providers;

    @Inject
    ManualSignals manualSignals;

    @Context
    HttpServletRequest request;

    /** @param providerId whose signal it is  @param text the signal, in any format the parser reads */
    public record ManualSignal(String providerId, String text) {
    }

    /** @param signalId the stored signal  @param status its status  @param parseStatus the parse */
    public record Posted(String signalId, String status, String parseStatus) {
    }

    /** @param error "invalid_signal"  @param message a sentence  @param reasons the parser's reasons */
    public record Invalid(String error, String message, List<String> reasons) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(ManualSignal manual) {
        SignedInUser user = currentUser.require();
        if (manual == null || manual.providerId() == null || manual.text() == null || manual.text().isBlank()
                || manual.text().length() > SignalPreviewResource.MAX_LENGTH) {
            return Response.status(400).entity(new ApiError("invalid_request", "Send providerId and the signal text (at most "
                    + SignalPreviewResource.MAX_LENGTH + " characters).")).build();
        }
        Optional<Provider> provider = user.activeCommunityId().flatMap(c -> providers.find(c, manual.providerId()));
        if (provider.isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "No such provider in your community.")).build();
        }
        if (!ManualSignals.mayPost(provider.get(), user.id(), user.active().orElseThrow())) {
            return Response.status(403).entity(new ApiError("forbidden", "Only hosts and the provider's owner post its signals.")).build();
        }
        IntakeOutcome outcome = manualSignals.post(provider.get(), manual.text(), user.actor(),
                RequestOrigins.of(request));
        if (outcome instanceof IntakeOutcome.Stored stored) {
            return Response.status(201).entity(new Posted(stored.signal().getId(), stored.signal().getStatus().name(),
                    stored.parsed().status().name())).build();
        }
        return Response.status(400).entity(new Invalid("invalid_signal", "The signal was not accepted; nothing was stored.",
                ((IntakeOutcome.Refused) outcome).parsed().reasons())).build();
    }
}
