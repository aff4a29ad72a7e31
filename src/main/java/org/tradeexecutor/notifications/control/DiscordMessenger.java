package org.tradeexecutor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.platform.control.DiscordApiAddress;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends messages as the bot through Discord's REST API ({@code DISCORD_API_URL}, {@code Authorization: Bot
 * DISCORD_BOT_TOKEN}): to a channel, or to a user through the DM channel Discord opens for the bot. It never throws
 * and never waits for Discord's rate limit: a 429 comes back as {@link Sent#retryAfter} for the caller's queue.
 * Every outcome is counted ({@code discord.messages{outcome}}).
 */
@ApplicationScoped
public class DiscordMessenger {

    /** Discord's SUPPRESS_NOTIFICATIONS message flag: delivered without a ping. */
    static final int SILENT_FLAG = 1 << 12;
    static final int MAX_LENGTH = 2_000;

    @Inject
    Config config;

    @Inject
    MetricRegistry metrics;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();

    /**
     * @param ok         Discord took it
     * @param retryAfter Discord asked to wait this long (a 429); null otherwise
     * @param failure    why not, when neither
     */
    public record Sent(boolean ok, Duration retryAfter, String failure) {
        static final Sent OK = new Sent(true, null, null);

        static Sent failed(String why) {
            return new Sent(false, null, why);
        }
    }

    public boolean enabled() {
        return token().isPresent();
    }

    public Sent toChannel(String channelId, String content, boolean silent) {
        JsonObject body = Json.createObjectBuilder().add("content", content.length() > MAX_LENGTH ? content.substring(0, MAX_LENGTH - 1) + "…" : content)
                .add("flags", silent ? SILENT_FLAG : 0)
                .add("allowed_mentions", Json.createObjectBuilder().add("parse", Json.createArrayBuilder())).build();
        Sent sent = post("/channels/" + channelId + "/messages", body.toString()).sent;
        metrics.counter("discord.messages", new Tag("outcome", sent.ok() ? "sent" : sent.retryAfter() != null ? "rate_limited" : "failed")).inc();
        return sent;
    }

    public Sent toUser(String discordUserId, String content, boolean silent) {
        String channel = dmChannels.get(discordUserId);
        if (channel == null) {
            Answer opened = post("/users/@me/channels", Json.createObjectBuilder().add("recipient_id", discordUserId).build().toString());
            if (!opened.sent.ok()) {
                metrics.counter("discord.messages", new Tag("outcome", opened.sent.retryAfter() != null ? "rate_limited" : "failed")).inc();
                return opened.sent;
            }
            channel = opened.body.getString("id", null);
            if (channel == null) {
                return Sent.failed("Discord opened no DM channel");
            }
            dmChannels.put(discordUserId, channel);
        }
        return toChannel(channel, content, silent);
    }

    private record Answer(Sent sent, JsonObject body) {
    }

    private Answer post(String path, String json) {
        Optional<String> token = token();
        if (token.isEmpty()) {
            return new Answer(Sent.failed("DISCORD_BOT_TOKEN is not set"), null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bot " + token.get()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject body = object(response.body());
            if (response.statusCode() == 429) {
                double seconds = body != null && body.containsKey("retry_after") ? body.getJsonNumber("retry_after").doubleValue() : 1;
                return new Answer(new Sent(false, Duration.ofMillis((long) Math.ceil(Math.max(0.05, Math.min(seconds, 600)) * 1000)), "rate limited"), body);
            }
            if (response.statusCode() / 100 != 2) {
                return new Answer(Sent.failed(path + " answered " + response.statusCode()), body);
            }
            return new Answer(Sent.OK, body == null ? Json.createObjectBuilder().build() : body);
        } catch (IOException e) {
            return new Answer(Sent.failed(path + ": " + e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Sent.failed("interrupted"), null);
        }
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.read() instanceof JsonObject object ? object : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String apiUrl() {
        return DiscordApiAddress.of(config);
    }

    private Optional<String> token() {
        return config.getOptionalValue("DISCORD_BOT_TOKEN", String.class).map(String::strip).filter(t -> !t.isEmpty());
    }
}
