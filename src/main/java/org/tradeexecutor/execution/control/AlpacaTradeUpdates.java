package org.tradeexecutor.execution.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.execution.entity.AlpacaOrder;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerOrderChanged;
import org.tradeexecutor.execution.entity.BrokerOrderStatus;
import org.tradeexecutor.platform.control.Leadership;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows Alpaca orders to their end (PRODUCT X6): an order Alpaca took ({@code new}, {@code accepted}) or filled in
 * part is not done. For every account with working orders ({@link AlpacaOpenOrders}) Alpaca's {@code trade_updates}
 * stream is kept open (auth, listen; the paper stream sends binary frames), and each update becomes a
 * {@link BrokerOrderChanged} — fills booked, protective orders placed, by the same code as for the paper broker.
 * Updates come repeated and out of order; {@code OrderSubmitter} takes only those that move an order on. An OCO's
 * updates (its legs have ids of Alpaca's own) are taken from a look-up instead. While an account's stream is down,
 * and once after it (re)connects, its working orders are looked up every {@code ALPACA_POLL_SECONDS} (10), so nothing
 * that happened meanwhile is missed.
 */
@ApplicationScoped
public class AlpacaTradeUpdates {

    private static final Logger LOG = Logger.getLogger(AlpacaTradeUpdates.class.getName());
    private static final JsonReaderFactory JSON_READERS = Json.createReaderFactory(Map.of());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AlpacaOpenOrders openOrders;

    @Inject
    BrokerConnections connections;

    @Inject
    AlpacaBroker alpaca;

    @Inject
    Event<BrokerOrderChanged> changes;

    @Inject
    MetricRegistry metrics;

    @Inject
    Leadership leadership;

    @Inject
    @ConfigProperty(name = "ALPACA_PAPER_STREAM_URL", defaultValue = "wss://paper-api.alpaca.markets/stream")
    String paperStreamUrl;

    @Inject
    @ConfigProperty(name = "ALPACA_LIVE_STREAM_URL", defaultValue = "wss://api.alpaca.markets/stream")
    String liveStreamUrl;

    @Inject
    @ConfigProperty(name = "ALPACA_POLL_SECONDS", defaultValue = "10")
    long pollSeconds;

    private final Jsonb json = JsonbBuilder.create();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** One stream per account with working orders, by connection id. */
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::followUp, 1, pollSeconds, TimeUnit.SECONDS);
    }

    /** An account's first working order: its stream opens now, so that the order's first updates come over it. */
    void onWorking(@Observes AlpacaOpenOrders.AlpacaOrderWorking working) {
        if (!streams.containsKey(working.connectionId())) {
            executor.execute(this::followUp);
        }
    }

    /** Keeps a stream open per account with working orders, looks up the orders of those whose stream is not live. */
    void followUp() {
        if (!leadership.leading()) {
            streams.values().forEach(Stream::close); // another instance follows them
            streams.clear();
            return;
        }
        try {
            Map<String, Set<String>> working = openOrders.byAccount();
            streams.keySet().removeIf(connectionId -> {
                boolean idle = !working.containsKey(connectionId);
                if (idle) {
                    streams.get(connectionId).close();
                }
                return idle;
            });
            working.forEach((connectionId, clientOrderIds) -> connections.find(connectionId).ifPresentOrElse(account -> {
                Stream stream = streams.computeIfAbsent(connectionId, id -> new Stream(account));
                stream.ensureOpen();
                if (!stream.live() || stream.catchUpWanted()) {
                    lookUp(account, clientOrderIds);
                }
            }, () -> clientOrderIds.forEach(openOrders::done)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Following Alpaca orders failed; the next round tries again", e);
        }
    }

    /** Each working order as Alpaca has it now; an order done leaves the list. */
    private void lookUp(BrokerConnection account, Set<String> clientOrderIds) {
        for (String clientOrderId : clientOrderIds) {
            try {
                Optional<BrokerOrder> order = alpaca.findByClientOrderId(account, clientOrderId);
                order.ifPresent(o -> changes.fire(new BrokerOrderChanged(account.id(), o)));
                if (order.isPresent() && order.get().status() != BrokerOrderStatus.ACCEPTED && order.get().status() != BrokerOrderStatus.PARTIALLY_FILLED) {
                    openOrders.done(clientOrderId);
                }
                metrics.counter("alpaca.order_look_ups").inc();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Alpaca order " + clientOrderId + " could not be looked up now", e);
            }
        }
    }

    /** One update from a stream: taken as it says, or — an OCO, an order of Alpaca's own id (a leg) — looked up. */
    private void onUpdate(BrokerConnection account, JsonObject data) {
        metrics.counter("alpaca.trade_updates", new Tag("event", data.getString("event", "unknown"))).inc();
        JsonObject orderJson = data.getJsonObject("order");
        if (orderJson == null) {
            return;
        }
        AlpacaOrder order = json.fromJson(orderJson.toString(), AlpacaOrder.class);
        Set<String> working = openOrders.byAccount().getOrDefault(account.id(), Set.of());
        if (order.clientOrderId() != null && working.contains(order.clientOrderId()) && !"oco".equals(order.orderClass())) {
            changes.fire(new BrokerOrderChanged(account.id(), AlpacaBroker.toBrokerOrder(order)));
        } else {
            lookUp(account, working);
        }
    }

    @PreDestroy
    void stop() {
        streams.values().forEach(Stream::close);
    }

    /** The {@code trade_updates} stream of one account. */
    private final class Stream implements WebSocket.Listener {

        private final BrokerConnection account;
        private volatile WebSocket socket;
        private volatile boolean connecting;
        private volatile boolean live;
        private volatile boolean catchUp;
        private final StringBuilder partial = new StringBuilder();

        Stream(BrokerConnection account) {
            this.account = account;
        }

        boolean live() {
            return live;
        }

        /** Once after the stream became live: what happened while it was down is looked up. */
        boolean catchUpWanted() {
            boolean wanted = catchUp;
            catchUp = false;
            return wanted;
        }

        void ensureOpen() {
            if (socket != null || connecting) {
                return;
            }
            connecting = true;
            String url = account.alpacaPaper() ? paperStreamUrl : liveStreamUrl;
            http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(URI.create(url), this).whenComplete((opened, failure) -> {
                connecting = false;
                if (failure != null) {
                    metrics.counter("alpaca.stream_failures").inc();
                    LOG.log(Level.FINE, "Alpaca's stream for " + account.id() + " could not be opened; its orders are looked up meanwhile", failure);
                }
            });
        }

        void close() {
            WebSocket open = socket;
            live = false;
            if (open != null) {
                open.sendClose(WebSocket.NORMAL_CLOSURE, "no working orders");
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            AlpacaBroker.Keys keys = alpaca.keys(account, "follow the trade updates");
            webSocket.sendText(Json.createObjectBuilder().add("action", "auth").add("key", keys.keyId()).add("secret", keys.secret()).build().toString(), true);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                executor.execute(() -> handle(webSocket, message));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            return onText(webSocket, StandardCharsets.UTF_8.decode(data), last);
        }

        private void handle(WebSocket webSocket, String message) {
            try (JsonReader reader = JSON_READERS.createReader(new StringReader(message))) {
                JsonObject frame = reader.readObject();
                JsonObject data = frame.getJsonObject("data");
                switch (frame.getString("stream", "")) {
                    case "authorization" -> {
                        if ("authorized".equals(data.getString("status", ""))) {
                            webSocket.sendText("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}", true);
                        } else {
                            LOG.warning(() -> "Alpaca refused the stream's keys for " + account.id());
                            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "unauthorized");
                        }
                    }
                    case "listening" -> {
                        live = true;
                        catchUp = true;
                    }
                    case "trade_updates" -> onUpdate(account, data);
                    default -> {
                        // Nothing else is asked for.
                    }
                }
            } catch (RuntimeException e) {
                metrics.counter("alpaca.stream_bad_messages").inc();
                LOG.log(Level.WARNING, "An Alpaca stream message could not be read: " + message, e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            dropped();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            dropped();
        }

        /** Down: its orders are looked up until the next round opens it again. */
        private void dropped() {
            live = false;
            socket = null;
            streams.remove(account.id(), this);
        }
    }
}
