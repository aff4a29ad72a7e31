package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.eclipse.microprofile.config.Config;
import org.tradeexecutor.access.entity.DiscordProfile;
import org.tradeexecutor.access.entity.DiscordSignInFailed;
import org.tradeexecutor.access.entity.DiscordSignInProblem;
import org.tradeexecutor.platform.control.DiscordApiAddress;
import org.tradeexecutor.platform.control.SecretTokens;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Discord's OAuth2 authorization code flow with PKCE (scopes {@code identify guilds}), over real HTTP: the address to
 * send the browser to, the form-encoded token exchange, then {@code /users/@me} and {@code /users/@me/guilds}. On
 * only when {@code DISCORD_CLIENT_ID} and {@code DISCORD_CLIENT_SECRET} are set; {@code DISCORD_API_URL} (default
 * Discord's v10 API) is where all of it is asked, authorize included, so a test points it at a stub. A 429 is waited
 * out once when its {@code retry_after} is short; every other failure becomes a {@link DiscordSignInFailed}.
 */
@ApplicationScoped
public class DiscordOAuth {

    static final String SCOPES = "identify guilds";
    /** The longest {@code retry_after} waited out on the user's time; a longer one fails the sign-in. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    @Inject
    Config config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One sign-in under way: the state and PKCE verifier stay in the browser's session, the challenge goes to Discord. */
    public record Attempt(String state, String verifier) {

        public static Attempt start() {
            return new Attempt(SecretTokens.newSecret(""), SecretTokens.newSecret(""));
        }

        /** {@code BASE64URL(SHA-256(verifier))}: the S256 method of RFC 7636. */
        public String challenge() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }

    public boolean configured() {
        return clientId().isPresent() && clientSecret().isPresent();
    }

    /** Where the browser goes to ask the user's consent. */
    public URI authorizeUri(Attempt attempt, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId().orElseThrow(() -> new DiscordSignInFailed(DiscordSignInProblem.NOT_CONFIGURED, "no DISCORD_CLIENT_ID")));
        query.put("scope", SCOPES);
        query.put("state", attempt.state());
        query.put("redirect_uri", redirectUri);
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        return URI.create(apiUrl() + "/oauth2/authorize?" + form(query));
    }

    /** Trades the code for an access token, then asks who the user is and which servers they are in. */
    public DiscordProfile profile(String code, Attempt attempt, String redirectUri) {
        if (!configured()) {
            throw new DiscordSignInFailed(DiscordSignInProblem.NOT_CONFIGURED, "DISCORD_CLIENT_ID / DISCORD_CLIENT_SECRET not set");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", redirectUri);
        fields.put("code_verifier", attempt.verifier());
        fields.put("client_id", clientId().get());
        fields.put("client_secret", clientSecret().get());
        HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(apiUrl() + "/oauth2/token")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
        HttpResponse<String> token = send(tokenRequest);
        if (token.statusCode() == 400 || token.statusCode() == 401) {
            throw new DiscordSignInFailed(DiscordSignInProblem.CODE_REJECTED, "token exchange answered " + token.statusCode() + ": " + brief(token.body()));
        }
        String accessToken = object(expectOk(token, "token exchange")).getString("access_token", "");
        if (accessToken.isEmpty()) {
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "token exchange answered no access_token");
        }
        JsonObject me = object(expectOk(get("/users/@me", accessToken), "/users/@me"));
        String id = me.getString("id", "");
        if (id.isEmpty()) {
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "/users/@me answered no id");
        }
        JsonStructure guilds = parse(expectOk(get("/users/@me/guilds", accessToken), "/users/@me/guilds"));
        List<String> guildIds = new ArrayList<>();
        if (guilds instanceof JsonArray array) {
            for (JsonValue guild : array) {
                if (guild instanceof JsonObject g && g.get("id") instanceof JsonString gid) {
                    guildIds.add(gid.getString());
                }
            }
        }
        return new DiscordProfile(id, me.getString("username", "discord-" + id),
                me.get("global_name") instanceof JsonString name ? name.getString() : null, guildIds);
    }

    private HttpResponse<String> get(String path, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(apiUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET().build());
    }

    /** Sends, waiting out one short 429 (Discord's {@code retry_after}, in seconds, in the body or the header). */
    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 429) {
            return response;
        }
        Duration wait = retryAfter(response);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            throw new DiscordSignInFailed(DiscordSignInProblem.RATE_LIMITED, request.uri().getPath() + " rate limited for " + wait.toMillis() + " ms");
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "interrupted while rate limited");
        }
        response = exchange(request);
        if (response.statusCode() == 429) {
            throw new DiscordSignInFailed(DiscordSignInProblem.RATE_LIMITED, request.uri().getPath() + " rate limited twice");
        }
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "interrupted");
        }
    }

    static Duration retryAfter(HttpResponse<String> response) {
        double seconds = 1;
        if (parseQuietly(response.body()) instanceof JsonObject body && body.containsKey("retry_after")
                && body.get("retry_after").getValueType() == JsonValue.ValueType.NUMBER) {
            seconds = body.getJsonNumber("retry_after").doubleValue();
        } else {
            Optional<String> header = response.headers().firstValue("Retry-After");
            try {
                seconds = header.map(Double::parseDouble).orElse(1.0);
            } catch (NumberFormatException e) {
                seconds = 1;
            }
        }
        return Duration.ofMillis((long) Math.ceil(Math.max(0, Math.min(seconds, 3600)) * 1000));
    }

    private static String expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new DiscordSignInFailed(DiscordSignInProblem.TOKEN_REJECTED, what + " answered " + response.statusCode());
        }
        if (response.statusCode() / 100 != 2) {
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, what + " answered " + response.statusCode() + ": " + brief(response.body()));
        }
        return response.body();
    }

    private static JsonObject object(String body) {
        if (parse(body) instanceof JsonObject object) {
            return object;
        }
        throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "Discord answered something other than a JSON object");
    }

    private static JsonStructure parse(String body) {
        JsonStructure parsed = parseQuietly(body);
        if (parsed == null) {
            throw new DiscordSignInFailed(DiscordSignInProblem.UNREACHABLE, "Discord answered no JSON: " + brief(body));
        }
        return parsed;
    }

    private static JsonStructure parseQuietly(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.read();
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String brief(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String apiUrl() {
        return DiscordApiAddress.of(config);
    }

    private Optional<String> clientId() {
        return config.getOptionalValue("DISCORD_CLIENT_ID", String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private Optional<String> clientSecret() {
        return config.getOptionalValue("DISCORD_CLIENT_SECRET", String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
