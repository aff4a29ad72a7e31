package org.tradeexecutor.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (java.net.http) for the {@code /ws} endpoint: keeps every message received and how the
 * server closed the connection, and waits for what a test expects.
 */
public final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** The opening handshake: generous, for a 2-core CI opening hundreds at once on a server warm from other tests. */
    private static final Duration HANDSHAKE = Duration.ofSeconds(30);

    private SocketClient() {
    }

    /** Connects with the session cookie of a signed-in {@link WebClient}, or without one when it is null. */
    public static SocketClient connect(URL base, String sessionCookie) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(HANDSHAKE);
        if (sessionCookie != null) {
            builder.header("Cookie", "DTESESSION=" + sessionCookie);
        }
        return open(builder, base);
    }

    private static SocketClient open(WebSocket.Builder builder, URL base) {
        SocketClient client = new SocketClient();
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws");
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    /** Connects with a personal API token ({@code Authorization: Bearer}), as a script or bot would. */
    public static SocketClient withToken(URL base, String token) {
        return open(HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(HANDSHAKE)
                .header("Authorization", "Bearer " + token), base);
    }

    public static SocketClient signedIn(URL base, String username) {
        WebClient web = new WebClient(base);
        web.signIn(username, "demo");
        return connect(base, web.cookie("DTESESSION").orElseThrow(() -> new AssertionError("no session cookie after signing in " + username)));
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Subscribes to a topic and waits until the server says so. */
    public void subscribe(String topic) {
        send("{\"type\":\"subscribe\",\"topic\":\"" + topic + "\"}");
        await(m -> "subscribed".equals(m.getString("type")) && topic.equals(m.getJsonObject("data").getString("topic")));
    }

    /** The first message (received before or within 10 s) that matches. */
    public JsonObject await(Predicate<JsonObject> wanted) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonObject message : received) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            ServerProcess.pause(20);
        }
        throw new AssertionError("No such message within 10 s; received: " + received);
    }

    public JsonObject awaitType(String type) {
        return await(m -> type.equals(m.getString("type", "")));
    }

    public List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** Whether the server closed the connection (or it failed) by now. */
    public boolean closed() {
        return closed.isDone();
    }

    /** "code reason" of the server's close, waiting up to 10 s. */
    public String awaitClose() {
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The server did not close the connection within 10 s; received: " + received, e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(JSON.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error " + error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
