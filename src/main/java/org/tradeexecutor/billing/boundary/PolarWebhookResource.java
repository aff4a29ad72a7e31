package org.tradeexecutor.billing.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.billing.control.PolarWebhooks;
import org.tradeexecutor.billing.entity.WebhookOutcome;
import org.tradeexecutor.platform.entity.ApiError;

/**
 * {@code POST /api/webhooks/billing/polar} (PRODUCT C6): Polar's subscription events, signed the Standard Webhooks way.
 * Answers 202 for a taken, repeated or ignored event (Polar stops retrying), the error otherwise; a delivery with a
 * bad signature or a stale timestamp is audited as {@code billing.webhook_refused}. Open to the internet (web.xml
 * leaves /api/webhooks/* unauthenticated): the signature authenticates.
 */
@Path("webhooks/billing/polar")
public class PolarWebhookResource {

    static final int MAX_BYTES = 256 * 1024;

    @Inject
    PolarWebhooks webhooks;

    @Inject
    SecurityAuditLog audit;

    @Context
    HttpServletRequest request;

    /** @param result applied, duplicate or ignored  @param communityId the community changed  @param plan its plan now  @param status its billing state */
    public record Received(String result, String communityId, String plan, String status) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @HeaderParam("webhook-id") String webhookId, @HeaderParam("webhook-timestamp") String timestamp,
                            @HeaderParam("webhook-signature") String signature) {
        if (body == null || body.length == 0 || body.length > MAX_BYTES) {
            return Response.status(body == null || body.length == 0 ? 400 : 413)
                    .entity(new ApiError("invalid_payload", "The body must be a JSON event of at most " + MAX_BYTES / 1024 + " KB.")).build();
        }
        WebhookOutcome outcome = webhooks.receive(webhookId, timestamp, signature, body);
        if (outcome instanceof WebhookOutcome.Refused refused) {
            return refused(refused, webhookId);
        }
        if (outcome instanceof WebhookOutcome.Applied applied) {
            return Response.accepted(new Received(applied.stale() ? "stale" : "applied", applied.communityId(), applied.plan(),
                    applied.status().name())).build();
        }
        return Response.accepted(new Received(outcome instanceof WebhookOutcome.Duplicate ? "duplicate" : "ignored", null, null, null)).build();
    }

    private Response refused(WebhookOutcome.Refused refused, String webhookId) {
        if (refused.status() == 401) {
            audit.record(new AuditEvent("billing.webhook_refused", AuditOutcome.BLOCKED, new AuditEvent.Actor(null, "polar?"), null,
                    RequestOrigins.of(request), "webhook " + webhookId, refused.code()));
        }
        return Response.status(refused.status()).entity(new ApiError(refused.code(), refused.message())).build();
    }
}
