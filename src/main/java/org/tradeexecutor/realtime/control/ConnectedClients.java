package org.tradeexecutor.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.tradeexecutor.access.entity.AccessEnded;
import org.tradeexecutor.communities.entity.MemberStandingChanged;
import org.tradeexecutor.platform.entity.ApplicationStopping;
import org.tradeexecutor.realtime.entity.Listener;
import org.tradeexecutor.realtime.entity.RealtimeError;
import org.tradeexecutor.realtime.entity.RealtimeMessage;
import org.tradeexecutor.realtime.entity.Subscribed;
import org.tradeexecutor.realtime.entity.Topic;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Every open WebSocket connection of this instance (PRODUCT R1, R2, R5, R7): who it is, what it listens to, and the
 * delivery of messages to those who listen. Sending never blocks the caller: each client has a bounded queue; a
 * client that cannot keep up is closed and counted.
 */
@ApplicationScoped
public class ConnectedClients {

    /** Made once: {@code Json.createReader} looks the JSON-P provider up on every call (~0.5 ms per message). */
    private static final JsonReaderFactory JSON_READERS = Json.createReaderFactory(Map.of());

    private final Map<String, Client> bySession = new ConcurrentHashMap<>();
    private final Jsonb json = JsonbBuilder.create();

    @Inject
    MetricRegistry metrics;

    @Inject
    ClusterBridge cluster;

    @Inject
    Clock clock;

    /** Changes with every start: a page that meets a new instance after a reconnect knows its own forms are gone. */
    private final String instance = UUID.randomUUID().toString();

    @Inject
    @ConfigProperty(name = "WS_MAX_CONNECTIONS_PER_USER", defaultValue = "5")
    int maxConnectionsPerUser;

    @Inject
    @ConfigProperty(name = "WS_MAX_MESSAGES_PER_SECOND", defaultValue = "20")
    int maxMessagesPerSecond;

    @Inject
    @ConfigProperty(name = "WS_QUEUE_SIZE", defaultValue = "256")
    int queueSize;

    @Inject
    Event<Subscribed> subscribed;

    /** Message made → written to the connection, per message and client (R7). */
    private Timer delivery;
    private Counter sent;
    private Counter received;
    private Counter dropped;
    private Counter slowClientCloses;

    @PostConstruct
    void registerMetrics() {
        delivery = metrics.timer("realtime.delivery");
        sent = metrics.counter("realtime.messages_sent");
        received = metrics.counter("realtime.messages_received");
        dropped = metrics.counter("realtime.messages_dropped");
        slowClientCloses = metrics.counter("realtime.slow_client_closes");
        metrics.gauge("realtime.connections", bySession, Map::size);
        for (Topic topic : Topic.values()) {
            metrics.gauge("realtime.subscriptions", this, clients -> clients.subscribers(topic), new Tag("topic", topic.wireName()));
        }
    }

    /** Takes a new connection, or answers why not (too many connections of the user). */
    public Optional<String> open(Session session, Listener listener) {
        synchronized (this) {
            long own = count(c -> c.listener().userId().equals(listener.userId()));
            if (own >= maxConnectionsPerUser) {
                metrics.counter("realtime.refused", new Tag("reason", "connections_per_user")).inc();
                return Optional.of("Too many connections: at most " + maxConnectionsPerUser + " per user.");
            }
            bySession.put(session.getId(), new Client(session, listener, queueSize, maxMessagesPerSecond, delivery::update));
        }
        send(bySession.get(session.getId()), message("welcome", Map.of("userId", listener.userId(), "username", listener.username(),
                "topics", List.of("portfolio", "trades", "notifications", "quotes", "community"), "instance", instance)));
        return Optional.empty();
    }

    public void closed(Session session) {
        bySession.remove(session.getId());
    }

    /** Signing out (or a session expiring, or a token revoked) closes the connections opened with it. */
    void accessEnded(@Observes AccessEnded ended) {
        bySession.values().stream().filter(c -> ended.accessId().equals(c.listener().accessId())).forEach(client -> {
            bySession.remove(client.session().getId());
            client.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Signed out (or the token was revoked): sign in again.");
        });
    }

    /** A message from the client: subscribe, unsubscribe or ping; anything else is answered with an error. */
    public void received(Session session, String text) {
        Client client = bySession.get(session.getId());
        if (client == null) {
            return;
        }
        received.inc();
        if (!client.allowInbound(clock.millis())) {
            error(client, RealtimeError.RATE_LIMITED, null);
            return;
        }
        Optional<JsonObject> request = parse(text);
        if (request.isEmpty()) {
            error(client, RealtimeError.BAD_JSON, null);
            return;
        }
        String type = request.get().getString("type", "");
        switch (type) {
            case "ping" -> send(client, message("pong", Map.of()));
            case "subscribe" -> subscribe(client, request.get());
            case "unsubscribe" -> topicOf(client, request.get()).ifPresent(topic -> {
                client.unsubscribe(topic);
                send(client, message("unsubscribed", Map.of("topic", topic.wireName())));
            });
            default -> error(client, RealtimeError.UNKNOWN_TYPE, type);
        }
    }

    private void subscribe(Client client, JsonObject request) {
        Optional<Topic> wanted = topicOf(client, request);
        if (wanted.isEmpty()) {
            return;
        }
        Topic topic = wanted.get();
        if (topic == Topic.COMMUNITY && !client.host()) {
            error(client, RealtimeError.FORBIDDEN_TOPIC, topic.wireName());
            return;
        }
        Set<String> symbols = Set.of();
        if (topic == Topic.QUOTES) {
            Optional<Set<String>> asked = symbolsOf(request);
            if (asked.isEmpty()) {
                error(client, RealtimeError.BAD_SYMBOLS, topic.wireName());
                return;
            }
            symbols = asked.get();
        }
        client.subscribe(topic, symbols);
        send(client, message("subscribed", topic == Topic.QUOTES ? Map.of("topic", topic.wireName(), "symbols", symbols)
                : Map.of("topic", topic.wireName())));
        subscribed.fire(new Subscribed(client.listener().userId(), topic));
    }

    private Optional<Topic> topicOf(Client client, JsonObject request) {
        String name = request.get("topic") instanceof JsonString s ? s.getString().toLowerCase(Locale.ROOT) : "";
        Optional<Topic> topic = Topic.fromWire(name);
        if (topic.isEmpty()) {
            error(client, RealtimeError.UNKNOWN_TOPIC, name);
        }
        return topic;
    }

    private static Optional<Set<String>> symbolsOf(JsonObject request) {
        if (!(request.get("symbols") instanceof jakarta.json.JsonArray array) || array.isEmpty() || array.size() > Topic.MAX_SYMBOLS) {
            return Optional.empty();
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString symbol) || symbol.getString().isBlank() || symbol.getString().length() > 32) {
                return Optional.empty();
            }
            symbols.add(symbol.getString().trim().toUpperCase(Locale.ROOT));
        }
        return Optional.of(symbols);
    }

    /** To every connection of the user that listens to the topic, here and on the other instances. */
    public void toUser(String userId, Topic topic, String type, Object data) {
        String text = serialise(message(type, data));
        deliverToUser(userId, topic, text);
        cluster.toUser(userId, topic, text);
    }

    /** To the hosts of the community that listen to its activity, here and on the other instances. */
    public void toCommunity(String communityId, String type, Object data) {
        String text = serialise(message(type, data));
        deliverToCommunity(communityId, text);
        cluster.toCommunity(communityId, text);
    }

    void deliverToUser(String userId, Topic topic, String text) {
        deliverText(c -> c.listener().userId().equals(userId) && c.listensTo(topic), text);
    }

    void deliverToCommunity(String communityId, String text) {
        deliverText(c -> c.listensTo(Topic.COMMUNITY) && communityId.equals(c.listener().communityId()), text);
    }

    /** Quotes are published by every instance to its own clients. */
    public void quote(String symbol, Object quote) {
        deliverText(c -> c.listensToQuote(symbol), serialise(message("quote", quote)));
    }

    /**
     * Whether anyone may listen to the user's topic (saves building a message nobody gets); in a cluster the listener
     * may be connected to another instance, so the answer is yes.
     */
    public boolean listening(String userId, Topic topic) {
        return cluster.clustered() || listeningHere(userId, topic);
    }

    /** Whether a client of this instance listens to the user's topic. */
    public boolean listeningHere(String userId, Topic topic) {
        return bySession.values().stream().anyMatch(c -> c.listener().userId().equals(userId) && c.listensTo(topic));
    }

    public long connections() {
        return bySession.size();
    }

    public long subscribers(Topic topic) {
        return count(c -> c.listensTo(topic));
    }

    /** The symbols some client wants quotes of. */
    public Set<String> quotedSymbols() {
        Set<String> symbols = new LinkedHashSet<>();
        bySession.values().stream().filter(c -> c.listensTo(Topic.QUOTES)).forEach(c -> symbols.addAll(c.symbols()));
        return symbols;
    }

    /** Closes the clients that sent nothing (not even a ping) since the given time: their other end is likely gone. */
    void closeSilentSince(long millis, long idleSeconds) {
        bySession.values().stream().filter(c -> c.lastHeardMillis() < millis).forEach(client -> {
            bySession.remove(client.session().getId());
            metrics.counter("realtime.idle_closes").inc();
            client.close(CloseReason.CloseCodes.GOING_AWAY, "Nothing heard for " + idleSeconds + " s (a ping at least that often keeps a connection open)");
        });
    }

    /** Who is connected here: each listener once per user and community. */
    Set<Listener> listeners() {
        Set<Listener> listeners = new LinkedHashSet<>();
        bySession.values().forEach(client -> listeners.add(client.listener()));
        return listeners;
    }

    /** The account of these users may no longer be used (suspended, banned, removed): their connections close. */
    void closeUsers(Set<String> userIds) {
        closeWhere(c -> userIds.contains(c.listener().userId()), "The account is not active.");
    }

    /** Connections opened before their user's password changed (by user id: when it changed) close; newer ones stay. */
    void closeOpenedBefore(Map<String, Instant> changedAt) {
        closeWhere(c -> changedAt.containsKey(c.listener().userId()) && c.openedAtMillis() < changedAt.get(c.listener().userId()).toEpochMilli(),
                "The password changed: sign in again.");
    }

    /** A member suspended or removed: their connections for that community close at once (the page is told why). */
    void standingChanged(@Observes MemberStandingChanged changed) {
        if (changed.ended()) {
            closeMember(changed.communityId(), changed.userId(), Listeners.membershipEnded(changed.status(), changed.reason()));
        }
    }

    /** The member's connections for the community close, with the reason. */
    void closeMember(String communityId, String userId, String why) {
        closeWhere(c -> communityId.equals(c.listener().communityId()) && userId.equals(c.listener().userId()), why);
    }

    /** Closes those connections as a policy violation (the page does not reconnect), saying why. */
    private void closeWhere(Predicate<Client> which, String why) {
        bySession.values().stream().filter(which).forEach(client -> {
            bySession.remove(client.session().getId());
            client.close(CloseReason.CloseCodes.VIOLATED_POLICY, why);
        });
    }

    /** These users lost their host powers in the community (suspended, role changed): the community topic stops for them. */
    void revokeCommunityTopic(String communityId, Set<String> userIds) {
        bySession.values().stream().filter(c -> communityId.equals(c.listener().communityId()) && userIds.contains(c.listener().userId()))
                .forEach(client -> {
                    if (client.listensTo(Topic.COMMUNITY)) {
                        client.unsubscribe(Topic.COMMUNITY);
                        error(client, RealtimeError.FORBIDDEN_TOPIC, Topic.COMMUNITY.wireName());
                    }
                    client.revokeHost();
                });
    }

    /** After the fan-outs in flight finished: every client hears the server is stopping (they reconnect elsewhere or later). */
    void stopping(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.PLATFORM_AFTER) ApplicationStopping stopping) {
        shutdown();
    }

    /** Tells every client the server is stopping, then closes them (they reconnect to another instance or later). */
    @PreDestroy
    void shutdown() {
        String goodbye = serialise(message("server.shutdown", Map.of("reconnect", true)));
        bySession.values().forEach(client -> {
            client.offer(goodbye, System.nanoTime());
            client.close(CloseReason.CloseCodes.GOING_AWAY, "Server shutting down");
        });
    }

    /** One message to every client it is for; each one's delivery latency counts from before the first is queued. */
    private void deliverText(Predicate<Client> to, String text) {
        long since = System.nanoTime();
        for (Client client : bySession.values()) {
            if (to.test(client)) {
                deliver(client, text, since);
            }
        }
    }

    private void send(Client client, RealtimeMessage message) {
        deliver(client, serialise(message), System.nanoTime());
    }

    private void deliver(Client client, String text, long sinceNanos) {
        if (client.offer(text, sinceNanos)) {
            sent.inc();
            return;
        }
        dropped.inc();
        if (client.session().isOpen()) {
            slowClientCloses.inc();
            client.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: " + queueSize + " messages waiting");
        }
        bySession.remove(client.session().getId());
    }

    private void error(Client client, RealtimeError error, String about) {
        metrics.counter("realtime.errors", new Tag("code", error.code())).inc();
        send(client, message("error", about == null ? Map.of("code", error.code(), "message", error.message())
                : Map.of("code", error.code(), "message", error.message(), "about", about)));
    }

    private RealtimeMessage message(String type, Object data) {
        return new RealtimeMessage(type, data, clock.instant());
    }

    private String serialise(RealtimeMessage message) {
        return json.toJson(message);
    }

    private long count(Predicate<Client> which) {
        return bySession.values().stream().filter(which).count();
    }

    private static Optional<JsonObject> parse(String text) {
        try (JsonReader reader = JSON_READERS.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
