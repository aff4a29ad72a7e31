package org.tradeexecutor.billing.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.billing.entity.SubscriptionEvent;
import org.tradeexecutor.billing.entity.WebhookOutcome;
import org.tradeexecutor.platform.control.MongoConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Polar's billing webhooks (PRODUCT C6): the Standard Webhooks signature with {@code POLAR_WEBHOOK_SECRET} and a
 * timestamp within 5 minutes, then each {@code webhook-id} is handled once ({@code billing_webhooks} keyed by it:
 * Polar retries, and any instance may get the retry). Refused deliveries change nothing and are not remembered, so
 * one refused for a product not configured yet is taken when Polar retries after the configuration is fixed.
 */
@ApplicationScoped
public class PolarWebhooks {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String HANDLED = "billing_webhooks";

    @Inject
    @ConfigProperty(name = "POLAR_WEBHOOK_SECRET")
    Optional<String> configuredSecret;

    @Inject
    BillingSubscriptions subscriptions;

    @Inject
    MongoConnection mongo;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    public WebhookOutcome receive(String webhookId, String timestamp, String signature, byte[] body) {
        WebhookOutcome outcome = handle(webhookId, timestamp, signature, body);
        String result = outcome instanceof WebhookOutcome.Refused refused ? refused.code() : outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        metrics.counter("billing.webhooks", new Tag("outcome", result)).inc();
        return outcome;
    }

    private WebhookOutcome handle(String webhookId, String timestamp, String signature, byte[] body) {
        String secret = configuredSecret.filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            return new WebhookOutcome.Refused(503, "billing_not_configured", "POLAR_WEBHOOK_SECRET is not set: billing webhooks are not taken.");
        }
        if (webhookId == null || webhookId.isBlank() || webhookId.length() > 200) {
            return new WebhookOutcome.Refused(400, "invalid_request", "The webhook-id header is missing.");
        }
        Optional<Instant> sent = epochSeconds(timestamp);
        if (sent.isEmpty()) {
            return new WebhookOutcome.Refused(400, "invalid_request", "The webhook-timestamp header must be Unix seconds.");
        }
        if (!StandardWebhookSignature.valid(secret, webhookId, timestamp.trim(), body, signature)) {
            return new WebhookOutcome.Refused(401, "invalid_signature", "The webhook-signature does not match the body signed with the webhook secret.");
        }
        if (Duration.between(sent.get(), clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            return new WebhookOutcome.Refused(401, "stale_timestamp", "The webhook-timestamp is more than 5 minutes from now: a replay or a wrong clock.");
        }
        JsonObject payload;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            payload = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return new WebhookOutcome.Refused(400, "invalid_payload", "The body is not a JSON object.");
        }
        String type = text(payload, "type");
        if (type == null || !SubscriptionStates.TYPES.contains(type)) {
            return remembered(webhookId, type) ? new WebhookOutcome.Ignored(String.valueOf(type)) : new WebhookOutcome.Duplicate(webhookId);
        }
        Optional<SubscriptionEvent> event = subscriptionEvent(type, payload);
        if (event.isEmpty()) {
            return new WebhookOutcome.Refused(400, "invalid_payload", "A subscription event needs data with id, status and product_id.");
        }
        WebhookOutcome.Refused refused = subscriptions.refusal(event.get());
        if (refused != null) {
            return refused;
        }
        if (!remembered(webhookId, type)) {
            return new WebhookOutcome.Duplicate(webhookId);
        }
        try {
            return subscriptions.apply(event.get());
        } catch (RuntimeException e) {
            // Not applied: forgotten again, so Polar's retry applies it.
            mongo.database().getCollection(HANDLED).deleteOne(new Document("_id", webhookId));
            throw e;
        }
    }

    /** @return false when the id was handled before */
    private boolean remembered(String webhookId, String type) {
        try {
            mongo.database().getCollection(HANDLED).insertOne(new Document("_id", webhookId).append("type", type)
                    .append("receivedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<SubscriptionEvent> subscriptionEvent(String type, JsonObject payload) {
        JsonValue data = payload.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonObject subscription = data.asJsonObject();
        String id = text(subscription, "id");
        String productId = text(subscription, "product_id");
        if (productId == null && subscription.get("product") instanceof JsonObject product) {
            productId = text(product, "id");
        }
        if (id == null || productId == null) {
            return Optional.empty();
        }
        String communityId = subscription.get("metadata") instanceof JsonObject metadata
                ? Optional.ofNullable(text(metadata, "communityId")).orElse(text(metadata, "community_id")) : null;
        return Optional.of(new SubscriptionEvent(type, instant(text(payload, "timestamp")), id, text(subscription, "status"), productId,
                text(subscription, "customer_id"), instant(text(subscription, "current_period_end")),
                subscription.get("cancel_at_period_end") == JsonValue.TRUE, communityId));
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string && !string.getString().isBlank() ? string.getString().trim() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Instant> epochSeconds(String timestamp) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp.trim())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
