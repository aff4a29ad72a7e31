package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.ProviderRateLimit;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.StructuredSignalParser;
import org.tradeexecutor.signals.control.WebhookSignature;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.signals.entity.SignalSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * PRODUCT S3: {@code POST /api/webhooks/providers/{providerId}} with the raw body (JSON, key=value or text), signed
 * with the provider's secret. Answers 202 fast (parse and store; execution follows the CDI event). Open to the
 * internet (web.xml leaves /api/webhooks/* unauthenticated); the signature is the authentication.
 */
@Path("webhooks/providers/{providerId}")
public class WebhookResource {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_BYTES = 64 * 1024;

    @Inject
    Providers providers;

    @Inject
    ProviderRateLimit rateLimit;

    @Inject
    SignalIntake intake;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /** @param signalId the stored signal  @param status its status  @param parseStatus what the parser made of it  @param duplicate a repeat */
    public record Accepted(String signalId, String status, String parseStatus, boolean duplicate) {
    }

    /** @param error "invalid_signal"  @param message a sentence  @param reasons the parser's reasons */
    public record Invalid(String error, String message, List<String> reasons) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("providerId") String providerId, byte[] body,
                            @HeaderParam("X-Signature") String signature,
                            @HeaderParam("X-Timestamp") String timestamp,
                            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Optional<Provider> found = providers.find(providerId).filter(p -> p.isEnabled() && p.getType() == ProviderType.WEBHOOK);
        if (found.isEmpty()) {
            return error(404, "not_found", "No enabled webhook provider with this id.");
        }
        Provider provider = found.get();
        if (!WebhookSignature.valid(providers.webhookSecret(provider).orElse(null), body, signature)) {
            audit.record(new AuditEvent("signal.webhook_bad_signature", AuditOutcome.BLOCKED, AuditEvent.Actor.ANONYMOUS,
                    provider.getCommunityId(), RequestOrigins.of(request), "/api/webhooks/providers/" + providerId,
                    signature == null ? "no X-Signature" : "X-Signature does not match"));
            return error(401, "invalid_signature", "X-Signature must be sha256=<hex HMAC-SHA256 of the raw body with the provider's secret>.");
        }
        if (timestamp != null && stale(timestamp)) {
            return error(401, "stale_timestamp", "X-Timestamp must be epoch seconds within 5 minutes of now.");
        }
        if (!rateLimit.tryAcquire(provider.getId())) {
            return Response.status(429).header("Retry-After", "60")
                    .entity(new ApiError("rate_limited", "At most 60 signals a minute per provider.")).build();
        }
        if (body.length == 0 || body.length > MAX_BYTES) {
            return error(400, "invalid_signal", "The body must hold one signal of at most " + MAX_BYTES + " bytes.");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey.trim() : payloadId(text).orElse(null);
        IntakeOutcome outcome = intake.accept(provider, SignalSource.WEBHOOK, text, key == null ? null : "key:" + key, null);
        if (outcome instanceof IntakeOutcome.Stored stored) {
            return Response.status(202).entity(new Accepted(stored.signal().getId(), stored.signal().getStatus().name(),
                    stored.parsed().status().name(), stored.duplicate())).build();
        }
        IntakeOutcome.Refused refused = (IntakeOutcome.Refused) outcome;
        return Response.status(400).entity(new Invalid("invalid_signal", "The signal was not accepted; nothing was stored.",
                refused.parsed().reasons())).build();
    }

    private boolean stale(String timestamp) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
            return Duration.between(sent, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** A JSON payload's own "id" serves as its idempotency key. */
    private static Optional<String> payloadId(String text) {
        if (!StructuredSignalParser.looksLikeJson(text)) {
            return Optional.empty();
        }
        try {
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            if (value instanceof JsonObject object && object.containsKey("id") && object.get("id").getValueType() != JsonValue.ValueType.NULL) {
                JsonValue id = object.get("id");
                return Optional.of(id.getValueType() == JsonValue.ValueType.STRING ? object.getString("id") : id.toString());
            }
        } catch (JsonException e) {
            // Not JSON after all: the parser will say so.
        }
        return Optional.empty();
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, message)).build();
    }
}
