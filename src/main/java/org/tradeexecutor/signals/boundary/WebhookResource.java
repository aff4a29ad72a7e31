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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.control.SecretTokens;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.ProviderRateLimit;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.StructuredSignalParser;
import org.tradeexecutor.signals.control.WebhookDeliveries;
import org.tradeexecutor.signals.control.WebhookRefusals;
import org.tradeexecutor.signals.control.WebhookRefusals.Reason;
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
 * with the provider's secret over timestamp and body. Answers 202 fast (parse and store; execution follows the CDI
 * event). A delivery seen before — the same signature, on any instance, also after a restart — answers the first
 * signal with {@code duplicate: true} and executes nothing. Senders that cannot sign use the provider's secret URL
 * ({@code …/t/{token}}, opt-in) and are deduplicated by the payload's id or, failing that, by the body's hash within
 * {@code WEBHOOK_DEDUP_SECONDS}. Open to the internet (web.xml leaves /api/webhooks/* unauthenticated).
 */
@Path("webhooks/providers/{providerId}")
public class WebhookResource {

    public static final int MAX_BYTES = 64 * 1024;
    static final int MAX_KEY = 100;

    @Inject
    Providers providers;

    @Inject
    ProviderRateLimit rateLimit;

    @Inject
    SignalIntake intake;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookRefusals refusals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "WEBHOOK_TOLERANCE_SECONDS", defaultValue = "300")
    long toleranceSeconds;

    @Inject
    @ConfigProperty(name = "WEBHOOK_DEDUP_SECONDS", defaultValue = "60")
    long dedupSeconds;

    @Inject
    @ConfigProperty(name = "WEBHOOK_RATE_PER_MINUTE", defaultValue = "60")
    int ratePerMinute;

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
        Optional<Provider> found = webhookProvider(providerId);
        if (found.isEmpty()) {
            return notFound();
        }
        Provider provider = found.get();
        if (body == null || body.length == 0 || body.length > MAX_BYTES) {
            return tooLargeOrEmpty();
        }
        Optional<Instant> sentAt = epochSeconds(timestamp);
        if (sentAt.isEmpty()) {
            return refused(provider, Reason.MISSING_TIMESTAMP, "invalid_timestamp", "X-Timestamp must be the time of sending in epoch seconds.");
        }
        Duration tolerance = Duration.ofSeconds(toleranceSeconds);
        if (Duration.between(sentAt.get(), clock.instant()).abs().compareTo(tolerance) > 0) {
            return refused(provider, Reason.STALE_TIMESTAMP, "stale_timestamp",
                    "X-Timestamp must be within " + toleranceSeconds + " seconds of now; sign every delivery when it is sent.");
        }
        if (!WebhookSignature.valid(providers.webhookSecret(provider).orElse(null), timestamp.trim(), body, signature)) {
            return refused(provider, signature == null ? Reason.MISSING_SIGNATURE : Reason.BAD_SIGNATURE, "invalid_signature",
                    "X-Signature must be sha256=<hex HMAC-SHA256 of X-Timestamp + \".\" + the raw body, with the provider's secret>.");
        }
        if (!rateLimit.tryAcquire(provider.getId())) {
            return rateLimited();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String fingerprint = "sig:" + WebhookSignature.digits(signature);
        String key = explicitKey(idempotencyKey, text).orElse(fingerprint);
        // Remembered until the timestamp is too old to be taken anyway.
        return store(provider, text, deliveries.remember(provider.getId(), fingerprint, key, sentAt.get().plus(tolerance)));
    }

    /**
     * For senders that cannot sign (TradingView alerts set no headers): the secret is in the URL, so anyone who sees
     * the URL can send; a repeat is recognised by the payload's id or Idempotency-Key, else by the body's hash within
     * {@code WEBHOOK_DEDUP_SECONDS}.
     */
    @POST
    @Path("t/{token}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receiveUnsigned(@PathParam("providerId") String providerId, @PathParam("token") String token, byte[] body,
                                    @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Optional<Provider> found = webhookProvider(providerId);
        if (found.isEmpty()) {
            return notFound();
        }
        Provider provider = found.get();
        if (!Providers.urlTokenMatches(provider, token)) {
            return refused(provider, Reason.BAD_URL_TOKEN, "invalid_token", "This URL token is not (or no longer) the provider's.");
        }
        if (body == null || body.length == 0 || body.length > MAX_BYTES) {
            return tooLargeOrEmpty();
        }
        if (!rateLimit.tryAcquire(provider.getId())) {
            return rateLimited();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<String> key = explicitKey(idempotencyKey, text);
        if (key.isPresent()) {
            return store(provider, text, key.get());
        }
        Instant now = clock.instant();
        String fingerprint = "body:" + SecretTokens.digest(text);
        return store(provider, text, deliveries.remember(provider.getId(), fingerprint, fingerprint + ":" + now.getEpochSecond(),
                now.plusSeconds(dedupSeconds)));
    }

    private Response store(Provider provider, String text, String dedupKey) {
        IntakeOutcome outcome = intake.accept(provider, SignalSource.WEBHOOK, text, dedupKey, null);
        if (outcome instanceof IntakeOutcome.Stored stored) {
            return Response.status(202).entity(new Accepted(stored.signal().getId(), stored.signal().getStatus().name(),
                    stored.parsed().status().name(), stored.duplicate())).build();
        }
        IntakeOutcome.Refused refused = (IntakeOutcome.Refused) outcome;
        return Response.status(400).entity(new Invalid("invalid_signal", "The signal was not accepted; nothing was stored.",
                refused.parsed().reasons())).build();
    }

    private Optional<Provider> webhookProvider(String providerId) {
        return providers.find(providerId).filter(p -> p.isEnabled() && p.getType() == ProviderType.WEBHOOK);
    }

    private Response refused(Provider provider, Reason reason, String code, String message) {
        refusals.refused(provider, reason, RequestOrigins.of(request));
        return error(401, code, message);
    }

    private Response rateLimited() {
        return Response.status(429).header("Retry-After", "60")
                .entity(new ApiError("rate_limited", "At most " + ratePerMinute + " signals a minute per provider.")).build();
    }

    private static Response notFound() {
        return error(404, "not_found", "No enabled webhook provider with this id.");
    }

    private static Response tooLargeOrEmpty() {
        return error(400, "invalid_signal", "The body must hold one signal of at most " + MAX_BYTES + " bytes.");
    }

    private static Optional<Instant> epochSeconds(String timestamp) {
        if (timestamp == null || !timestamp.trim().matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp.trim())));
    }

    /** The sender's idempotency key, or a JSON payload's own "id", as the key the signal is stored under. */
    private static Optional<String> explicitKey(String idempotencyKey, String text) {
        Optional<String> key = idempotencyKey != null && !idempotencyKey.isBlank() ? Optional.of(idempotencyKey.trim()) : payloadId(text);
        // A long key is stored as its digest: it is part of the signal's id.
        return key.map(k -> "key:" + (k.length() <= MAX_KEY ? k : SecretTokens.digest(k)));
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
