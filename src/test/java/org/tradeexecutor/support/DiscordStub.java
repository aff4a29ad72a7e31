package org.tradeexecutor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A local server that behaves like Discord's OAuth2 and user API (the parts sign-in uses), on {@code it.discord.port}
 * under {@code /api/v10}, so the real client is tested over real HTTP and the real browser walks the real redirects.
 *
 * <ul>
 *     <li>{@code GET /oauth2/authorize} shows a consent page for the user {@link #nextUser} set: "Authorize" sends the
 *     browser back with a code, "Cancel" with {@code error=access_denied} — always with the state it was given.</li>
 *     <li>{@code POST /oauth2/token} takes only a form; it checks the client id and secret (401 {@code invalid_client}),
 *     that the code was issued, not used and not expired, for this redirect URI, and that the PKCE verifier hashes to
 *     the challenge (400 {@code invalid_grant} otherwise).</li>
 *     <li>{@code GET /users/@me} and {@code /users/@me/guilds} need the issued Bearer token (401 otherwise).</li>
 *     <li>Faults: {@link #rateLimitNext} answers a path's next call 429 with {@code retry_after}; {@link #rejectTokens}
 *     answers 401 to every token; {@link #unreachable} drops every connection unanswered; {@link #expireCodes}.</li>
 *     <li>The bot ({@code Authorization: Bot} {@value #BOT_TOKEN}): {@code POST /users/@me/channels} opens the DM channel
 *     {@code dm-<userId>}, {@code POST /channels/{id}/messages} records the message ({@link #posted}); a channel set
 *     by {@link #failChannel} answers 500; {@link #rateLimitNext} works here too.</li>
 * </ul>
 */
public final class DiscordStub {

    public static final String CLIENT_ID = "1100000000000000001";
    public static final String CLIENT_SECRET = "stub-discord-client-secret";
    public static final String BOT_TOKEN = "stub-discord-bot-token";

    /** A message the bot posted: to a channel, or (channel {@code dm-<userId>}) to a user. */
    public record Posted(String channelId, String content, int flags) {
    }

    /** Someone on Discord: their id, unique username, display name and servers. */
    public record DiscordUser(String id, String username, String globalName, List<String> guildIds) {
    }

    private record Grant(DiscordUser user, String challenge, String redirectUri, long expiresAt) {
    }

    private static HttpServer server;
    private static volatile DiscordUser nextUser;
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();
    private static final Map<String, DiscordUser> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Double> RATE_LIMITS = new ConcurrentHashMap<>();
    private static final Queue<String> CALLS = new ConcurrentLinkedQueue<>();
    private static final Queue<Posted> POSTED = new ConcurrentLinkedQueue<>();
    private static final Set<String> FAILING_CHANNELS = ConcurrentHashMap.newKeySet();
    private static volatile boolean tokensRejected;
    private static volatile boolean down;

    private DiscordStub() {
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getProperty("it.discord.port"))), 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v10/", DiscordStub::handle);
        server.start();
    }

    /** Who the next consent page signs in. */
    public static void nextUser(DiscordUser user) {
        nextUser = user;
    }

    public static void rateLimitNext(String path, double retryAfterSeconds) {
        RATE_LIMITS.put(path, retryAfterSeconds);
    }

    public static void rejectTokens(boolean reject) {
        tokensRejected = reject;
    }

    public static void unreachable(boolean unreachable) {
        down = unreachable;
    }

    /** Every code issued so far has expired. */
    public static void expireCodes() {
        CODES.replaceAll((code, grant) -> new Grant(grant.user(), grant.challenge(), grant.redirectUri(), 0));
    }

    /** How often a path was called (e.g. "POST /api/v10/oauth2/token"). */
    public static long calls(String methodAndPath) {
        return CALLS.stream().filter(methodAndPath::equals).count();
    }

    /** What the bot posted to the channel, oldest first. */
    public static List<Posted> posted(String channelId) {
        return POSTED.stream().filter(p -> p.channelId().equals(channelId)).toList();
    }

    /** Messages to this channel answer 500 (Discord having a bad minute), until {@link #reset}. */
    public static void failChannel(String channelId) {
        FAILING_CHANNELS.add(channelId);
    }

    public static void reset() {
        FAILING_CHANNELS.clear();
        RATE_LIMITS.clear();
        tokensRejected = false;
        down = false;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CALLS.add(exchange.getRequestMethod() + " " + path);
        if (down) {
            exchange.close(); // no answer at all: the connection just ends
            return;
        }
        Double retryAfter = RATE_LIMITS.remove(path);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", String.valueOf((long) Math.ceil(retryAfter)));
            json(exchange, 429, Json.createObjectBuilder().add("message", "You are being rate limited.").add("retry_after", retryAfter)
                    .add("global", false).build().toString());
            return;
        }
        switch (exchange.getRequestMethod() + " " + path) {
            case "GET /api/v10/oauth2/authorize" -> authorize(exchange);
            case "POST /api/v10/oauth2/token" -> token(exchange);
            case "GET /api/v10/users/@me" -> me(exchange, false);
            case "GET /api/v10/users/@me/guilds" -> me(exchange, true);
            case "POST /api/v10/users/@me/channels" -> openDm(exchange);
            default -> {
                if (exchange.getRequestMethod().equals("POST") && path.startsWith("/api/v10/channels/") && path.endsWith("/messages")) {
                    post(exchange, path.substring("/api/v10/channels/".length(), path.length() - "/messages".length()));
                } else {
                    json(exchange, 404, "{\"message\": \"404: Not Found\", \"code\": 0}");
                }
            }
        }
    }

    private static void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))
                || !"identify guilds".equals(query.get("scope"))) {
            html(exchange, 400, "<h1>Invalid OAuth2 request</h1>");
            return;
        }
        String code = UUID.randomUUID().toString().replace("-", "");
        CODES.put(code, new Grant(nextUser, query.get("code_challenge"), query.get("redirect_uri"), System.currentTimeMillis() + 600_000));
        String back = query.get("redirect_uri") + "?";
        String state = "&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        html(exchange, 200, "<h1>An external application wants to access your Discord account</h1><p>Signed in as " + nextUser.username()
                + "</p><p>It can: access your username, avatar and banner; know what servers you are in.</p>"
                + "<a id='authorize' href='" + back + "code=" + code + state + "'>Authorize</a> "
                + "<a id='cancel' href='" + back + "error=access_denied&error_description=The+resource+owner+denied+the+request" + state + "'>Cancel</a>");
    }

    private static void token(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            json(exchange, 400, "{\"error\": \"invalid_request\", \"error_description\": \"form body required\"}");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            json(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        Grant grant = form.get("code") == null ? null : CODES.remove(form.get("code"));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null || grant.expiresAt() < System.currentTimeMillis()
                || !grant.redirectUri().equals(form.get("redirect_uri")) || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, "{\"error\": \"invalid_grant\", \"error_description\": \"Invalid \\\"code\\\" in request.\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        TOKENS.put(token, grant.user());
        json(exchange, 200, Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer").add("expires_in", 604800)
                .add("refresh_token", UUID.randomUUID().toString()).add("scope", "identify guilds").build().toString());
    }

    private static void me(HttpExchange exchange, boolean guilds) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        DiscordUser user = authorization == null || !authorization.startsWith("Bearer ") ? null : TOKENS.get(authorization.substring(7));
        if (user == null || tokensRejected) {
            json(exchange, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
            return;
        }
        if (guilds) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            user.guildIds().forEach(id -> list.add(Json.createObjectBuilder().add("id", id).add("name", "Server " + id).add("owner", false)
                    .add("permissions", "104324673").addNull("icon").add("features", Json.createArrayBuilder())));
            json(exchange, 200, list.build().toString());
        } else {
            var me = Json.createObjectBuilder().add("id", user.id()).add("username", user.username()).add("discriminator", "0")
                    .addNull("avatar").add("mfa_enabled", false).add("locale", "en-US").add("flags", 0).add("premium_type", 0).add("public_flags", 0);
            if (user.globalName() == null) {
                me.addNull("global_name");
            } else {
                me.add("global_name", user.globalName());
            }
            json(exchange, 200, me.build().toString());
        }
    }

    private static boolean bot(HttpExchange exchange) throws IOException {
        if (!("Bot " + BOT_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
            return false;
        }
        return true;
    }

    private static void openDm(HttpExchange exchange) throws IOException {
        if (bot(exchange)) {
            JsonObject body = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
            json(exchange, 200, Json.createObjectBuilder().add("id", "dm-" + body.getString("recipient_id")).add("type", 1).build().toString());
        }
    }

    private static void post(HttpExchange exchange, String channelId) throws IOException {
        if (!bot(exchange)) {
            return;
        }
        if (FAILING_CHANNELS.contains(channelId)) {
            json(exchange, 500, "{\"message\": \"500: Internal Server Error\", \"code\": 0}");
            return;
        }
        JsonObject body = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
        POSTED.add(new Posted(channelId, body.getString("content", ""), body.getInt("flags", 0)));
        json(exchange, 200, Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("channel_id", channelId)
                .add("content", body.getString("content", "")).build().toString());
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>" + body + "</body></html>");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The stub's address as the application is given it ({@code DISCORD_API_URL}). */
    public static URI apiUrl() {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.discord.port") + "/api/v10");
    }
}
