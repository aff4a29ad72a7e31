package org.tradeexecutor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that behaves like Alpaca's Trading API v2 and its {@code trade_updates} stream (the parts the adapter
 * uses), so that the real adapter — REST client, timeouts, circuit breaker, the stream client — is tested over real
 * HTTP and a real WebSocket.
 *
 * <ul>
 *     <li>Orders live: a market order is answered {@code new}, then fills in two parts ({@code partially_filled},
 *     {@code filled}) a moment apart at the symbol's price (100 unless {@link #trade} set another). Limit, stop and
 *     OCO orders rest until {@link #trade} moves the market through them; an OCO is a limit (the take profit) with
 *     its stop loss as a leg of Alpaca's own id, and whichever fills cancels the other. A cancel is done a moment
 *     later ({@code pending_cancel} first); a {@code PATCH} moves a stop.</li>
 *     <li>Alpaca's rule that nothing sells more than is held: a sell beyond the position less what working sell orders
 *     hold is refused with 403 "insufficient qty available for order".</li>
 *     <li>Every change goes out on the stream (binary frames, after {@code auth} and {@code listen}); with
 *     {@link #disorderly} on, each update is sent twice and a partial fill arrives after its fill. {@link #dropStreams}
 *     closes every stream; {@link #refuseStreams} keeps new ones out.</li>
 *     <li>By symbol: REJECT is refused (403, insufficient buying power), SLOW is taken but answered after 11 s (and
 *     streamed and filled only then), BUSY is rate-limited (429) the first time; a known client_order_id gets 422 "client_order_id must be unique".</li>
 *     <li>In a {@link #storm}, every third new order meets a fault on its first send, in turn: 429 (nothing taken),
 *     500 after taking it, taken but answered after 8 s (past a single send's 5 s timeout).</li>
 * </ul>
 * Keys: {@value #KEY_ID} / {@value #SECRET}; anything else is 401 (and an unauthorized stream).
 */
public final class AlpacaStub {

    public static final String KEY_ID = "PKTESTKEY0001";
    public static final String SECRET = "stub-secret";
    private static final long STEP_MILLIS = 300;

    private static HttpServer server;
    private static StreamServer streams;
    private static final ScheduledExecutorService LATER = Executors.newScheduledThreadPool(2);
    private static final Map<String, Order> ORDERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    private static final Map<String, BigDecimal> PRICES = new ConcurrentHashMap<>();
    private static final Map<String, BigDecimal> POSITIONS = new ConcurrentHashMap<>();
    private static volatile boolean accountReadsFail;
    private static volatile boolean disorderly;
    private static volatile boolean streamsRefused;
    private static volatile boolean stormy;
    private static final AtomicInteger STORM = new AtomicInteger();

    /** What a storm does to an order's first send, in turn. */
    private enum Fault {
        NONE, RATE_LIMITED, FAILED_AFTER_TAKING, SLOW;

        private static final List<Fault> TURNS = List.of(NONE, NONE, RATE_LIMITED, NONE, NONE, FAILED_AFTER_TAKING, NONE, NONE, SLOW);

        static Fault next() {
            return TURNS.get(Math.floorMod(STORM.getAndIncrement(), TURNS.size()));
        }
    }

    /** One order (an OCO's stop leg is an order of its own, with {@code parent} set). */
    private static final class Order {
        final String id = UUID.randomUUID().toString();
        final String clientOrderId;
        final String symbol;
        final String side;
        final String type;
        final String orderClass;
        final BigDecimal quantity;
        final BigDecimal limitPrice;
        volatile BigDecimal stopPrice;
        volatile String status = "new";
        volatile BigDecimal filledQuantity = BigDecimal.ZERO;
        volatile BigDecimal filledPrice;
        volatile Order leg;
        volatile Order parent;

        Order(String clientOrderId, String symbol, String side, String type, String orderClass, BigDecimal quantity, BigDecimal limitPrice,
              BigDecimal stopPrice) {
            this.clientOrderId = clientOrderId;
            this.symbol = symbol;
            this.side = side;
            this.type = type;
            this.orderClass = orderClass;
            this.quantity = quantity;
            this.limitPrice = limitPrice;
            this.stopPrice = stopPrice;
        }

        boolean working() {
            return Set.of("new", "accepted", "partially_filled", "held", "pending_cancel").contains(status);
        }

        JsonObject json() {
            JsonObjectBuilder order = Json.createObjectBuilder().add("id", id).add("client_order_id", clientOrderId).add("symbol", symbol)
                    .add("side", side).add("type", type).add("qty", quantity.toPlainString()).add("status", status)
                    .add("filled_qty", filledQuantity.toPlainString()).add("order_class", orderClass == null ? "" : orderClass);
            if (filledPrice != null) {
                order.add("filled_avg_price", filledPrice.toPlainString());
            }
            if (limitPrice != null) {
                order.add("limit_price", limitPrice.toPlainString());
            }
            if (stopPrice != null) {
                order.add("stop_price", stopPrice.toPlainString());
            }
            JsonArrayBuilder legs = Json.createArrayBuilder();
            if (leg != null) {
                legs.add(leg.json());
            }
            return order.add("legs", legs).build();
        }
    }

    private AlpacaStub() {
    }

    /** Starts the REST API on it.alpaca.port and the stream on it.alpaca.stream.port, once. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getProperty("it.alpaca.port"))), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v2/", AlpacaStub::handle);
        server.start();
        streams = new StreamServer(Integer.parseInt(System.getProperty("it.alpaca.stream.port")));
        streams.setReuseAddr(true);
        streams.start();
    }

    /** While on, reading an account answers 500 (Alpaca having a bad minute). */
    public static void failAccountReads(boolean fail) {
        accountReadsFail = fail;
    }

    /** While on, every stream update is sent twice and a partial fill is sent again after its order filled. */
    public static void disorderly(boolean on) {
        disorderly = on;
    }

    /** Closes every open stream, as a network drop would. */
    public static void dropStreams() {
        streams.getConnections().forEach(WebSocket::close);
    }

    /** While on, new streams are closed right after they open. */
    public static void refuseStreams(boolean refuse) {
        streamsRefused = refuse;
    }

    /** While on, every third new order meets a fault on its first send: 429, 500 after taking it, or an answer after 8 s. */
    public static void storm(boolean on) {
        stormy = on;
    }

    /** An order as Alpaca holds it. */
    public record HeldOrder(String status, BigDecimal quantity, BigDecimal filledQuantity) {

        public boolean working() {
            return Set.of("new", "accepted", "partially_filled", "held", "pending_cancel").contains(status);
        }
    }

    /** The order Alpaca holds under this client order id, if any. */
    public static Optional<HeldOrder> order(String clientOrderId) {
        return Optional.ofNullable(ORDERS.get(clientOrderId)).map(o -> new HeldOrder(o.status, o.quantity, o.filledQuantity));
    }

    /** The market trades at this price: resting orders it reaches fill (an OCO by its target or by its stop). */
    public static void trade(String symbol, BigDecimal price) {
        PRICES.put(symbol, price);
        for (Order order : List.copyOf(ORDERS.values())) {
            if (!order.working() || !order.symbol.equals(symbol) || order.parent != null || order.type.equals("market")) {
                continue;
            }
            boolean sell = order.side.equals("sell");
            boolean limitReached = order.limitPrice != null && (sell ? price.compareTo(order.limitPrice) >= 0 : price.compareTo(order.limitPrice) <= 0);
            Order stop = order.leg != null ? order.leg : order.type.startsWith("stop") ? order : null;
            boolean stopReached = stop != null && stop.stopPrice != null && (sell ? price.compareTo(stop.stopPrice) <= 0 : price.compareTo(stop.stopPrice) >= 0);
            if (limitReached && !order.type.startsWith("stop")) {
                fill(order, order.quantity, order.limitPrice);
                if (order.leg != null) {
                    order.leg.status = "canceled";
                    publish("canceled", order.leg);
                }
            } else if (stopReached) {
                fill(stop, stop.quantity, price);
                if (stop != order) {
                    order.status = "canceled";
                    publish("canceled", order);
                }
            }
        }
    }

    /** What the account holds of the symbol. */
    public static BigDecimal position(String symbol) {
        return POSITIONS.getOrDefault(symbol, BigDecimal.ZERO);
    }

    /** How many times an order with this client order id was sent (accepted or not). */
    public static int attempts(String clientOrderId) {
        return ATTEMPTS.getOrDefault(clientOrderId, new AtomicInteger()).get();
    }

    /** Whether the stub holds an order with this client order id. */
    public static boolean holds(String clientOrderId) {
        return ORDERS.containsKey(clientOrderId);
    }

    /** Puts an order in as if it had arrived before (a send whose answer was lost), filled. */
    public static void seed(String clientOrderId, String symbol) {
        Order order = new Order(clientOrderId, symbol, "buy", "market", null, BigDecimal.ONE, null, null);
        order.status = "filled";
        order.filledQuantity = BigDecimal.ONE;
        order.filledPrice = price(symbol);
        ORDERS.put(clientOrderId, order);
        POSITIONS.merge(symbol, BigDecimal.ONE, BigDecimal::add);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!KEY_ID.equals(exchange.getRequestHeaders().getFirst("APCA-API-KEY-ID"))
                    || !SECRET.equals(exchange.getRequestHeaders().getFirst("APCA-API-SECRET-KEY"))) {
                answer(exchange, 401, "{\"message\":\"request is not authorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/v2/account") && accountReadsFail) {
                answer(exchange, 500, "{\"message\":\"internal server error\"}");
            } else if (method.equals("GET") && path.equals("/v2/account")) {
                answer(exchange, 200, "{\"equity\":\"50000\",\"cash\":\"50000\",\"buying_power\":\"100000\",\"last_equity\":\"49500\",\"status\":\"ACTIVE\"}");
            } else if (method.equals("GET") && path.equals("/v2/positions")) {
                answer(exchange, 200, positions());
            } else if (method.equals("GET") && path.equals("/v2/orders:by_client_order_id")) {
                String query = exchange.getRequestURI().getRawQuery();
                String id = URLDecoder.decode(query.replaceFirst("^.*client_order_id=([^&]*).*$", "$1"), StandardCharsets.UTF_8);
                Order order = ORDERS.get(id);
                answer(exchange, order == null ? 404 : 200, order == null ? "{\"message\":\"order not found\"}" : order.json().toString());
            } else if (method.equals("GET") && path.equals("/v2/orders")) {
                JsonArrayBuilder open = Json.createArrayBuilder();
                ORDERS.values().stream().filter(o -> o.working() && o.parent == null).forEach(o -> open.add(o.json()));
                answer(exchange, 200, open.build().toString());
            } else if (method.equals("POST") && path.equals("/v2/orders")) {
                submit(exchange);
            } else if (method.equals("DELETE") && path.startsWith("/v2/orders/")) {
                cancel(exchange, path.substring("/v2/orders/".length()));
            } else if (method.equals("PATCH") && path.startsWith("/v2/orders/")) {
                replace(exchange, path.substring("/v2/orders/".length()));
            } else {
                answer(exchange, 404, "{\"message\":\"not found\"}");
            }
        }
    }

    private static void submit(HttpExchange exchange) throws IOException {
        JsonObject request = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
        String clientOrderId = request.getString("client_order_id");
        String symbol = request.getString("symbol");
        String side = request.getString("side");
        BigDecimal quantity = new BigDecimal(request.getString("qty"));
        int attempt = ATTEMPTS.computeIfAbsent(clientOrderId, id -> new AtomicInteger()).incrementAndGet();
        if (ORDERS.containsKey(clientOrderId)) {
            answer(exchange, 422, "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}");
            return;
        }
        if (symbol.equals("REJECT")) {
            answer(exchange, 403, "{\"code\":40310000,\"message\":\"insufficient buying power\"}");
            return;
        }
        Fault fault = stormy && attempt == 1 ? Fault.next() : Fault.NONE;
        if ((symbol.equals("BUSY") && attempt == 1) || fault == Fault.RATE_LIMITED) {
            answer(exchange, 429, "{\"message\":\"rate limit exceeded\"}");
            return;
        }
        if (side.equals("sell") && quantity.compareTo(position(symbol).subtract(heldForSale(symbol))) > 0) {
            answer(exchange, 403, "{\"code\":40310000,\"message\":\"insufficient qty available for order (requested: " + quantity.toPlainString()
                    + ", available: " + position(symbol).subtract(heldForSale(symbol)).toPlainString() + ")\"}");
            return;
        }
        boolean oco = "oco".equals(request.getString("order_class", ""));
        Order order = new Order(clientOrderId, symbol, side, request.getString("type"), oco ? "oco" : null, quantity,
                oco ? decimal(request.getJsonObject("take_profit"), "limit_price") : decimal(request, "limit_price"),
                oco ? null : decimal(request, "stop_price"));
        if (oco) {
            Order stop = new Order(UUID.randomUUID().toString(), symbol, side, "stop", null, quantity, null, decimal(request.getJsonObject("stop_loss"), "stop_price"));
            stop.status = "held";
            stop.parent = order;
            order.leg = stop;
            ORDERS.put(stop.clientOrderId, stop);
        }
        ORDERS.put(clientOrderId, order);
        // SLOW (AlpacaIT) is silent until it answers; a storm's slow send fills at once.
        boolean silent = symbol.equals("SLOW");
        if (!silent) {
            publish("new", order);
        }
        if (order.type.equals("market") && !silent) {
            fillInTwoParts(order);
        }
        if (fault == Fault.FAILED_AFTER_TAKING) {
            answer(exchange, 500, "{\"message\":\"internal server error\"}"); // taken all the same
            return;
        }
        if (silent) {
            // A venue slower than any timeout of the adapter (10 s for a fan-out's send) that says nothing on the stream
            // until it answers: the outcome is found by looking the order up, never by a stream event racing the timeout.
            pause(11_000);
        } else if (fault == Fault.SLOW) {
            pause(8_000); // past a single send's @Timeout (5 s); a fan-out's batch send waits for it (EXECUTION.md, known limits)
        }
        if (silent) {
            publish("new", order);
            if (order.type.equals("market")) {
                fillInTwoParts(order);
            }
        }
        answer(exchange, 200, order.json().toString());
    }

    /** A market order fills half a moment after it is taken, the rest a moment later. */
    private static void fillInTwoParts(Order order) {
        BigDecimal first = order.quantity.compareTo(BigDecimal.ONE) > 0
                ? order.quantity.divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.DOWN) : order.quantity;
        LATER.schedule(() -> fill(order, first, price(order.symbol)), STEP_MILLIS, TimeUnit.MILLISECONDS);
        if (first.compareTo(order.quantity) < 0) {
            LATER.schedule(() -> fill(order, order.quantity, price(order.symbol)), 2 * STEP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The order has filled {@code filled} in all, the part that is new at this price. */
    private static synchronized void fill(Order order, BigDecimal filled, BigDecimal price) {
        if (!order.working() && !order.status.equals("held")) {
            return;
        }
        BigDecimal added = filled.subtract(order.filledQuantity);
        if (added.signum() <= 0) {
            return;
        }
        BigDecimal value = order.filledPrice == null ? BigDecimal.ZERO : order.filledPrice.multiply(order.filledQuantity);
        order.filledPrice = value.add(price.multiply(added)).divide(filled, 4, java.math.RoundingMode.HALF_UP);
        order.filledQuantity = filled;
        order.status = filled.compareTo(order.quantity) < 0 ? "partially_filled" : "filled";
        POSITIONS.merge(order.symbol, order.side.equals("buy") ? added : added.negate(), BigDecimal::add);
        publish(order.status.equals("filled") ? "fill" : "partial_fill", order.parent != null ? order.parent : order);
    }

    private static void cancel(HttpExchange exchange, String orderId) throws IOException {
        Optional<Order> found = ORDERS.values().stream().filter(o -> o.id.equals(orderId)).findFirst();
        if (found.isEmpty() || !found.get().working()) {
            answer(exchange, 422, "{\"message\":\"order is not cancelable\"}");
            return;
        }
        Order order = found.get();
        order.status = "pending_cancel";
        publish("pending_cancel", order);
        LATER.schedule(() -> {
            if (order.status.equals("pending_cancel")) {
                order.status = "canceled";
                if (order.leg != null) {
                    order.leg.status = "canceled";
                }
                publish("canceled", order);
            }
        }, STEP_MILLIS, TimeUnit.MILLISECONDS);
        answer(exchange, 204, "");
    }

    private static void replace(HttpExchange exchange, String orderId) throws IOException {
        JsonObject change = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
        Optional<Order> found = ORDERS.values().stream().filter(o -> o.id.equals(orderId)).findFirst();
        if (found.isEmpty() || !(found.get().working() || found.get().status.equals("held"))) {
            answer(exchange, 422, "{\"message\":\"order is not replaceable\"}");
            return;
        }
        found.get().stopPrice = decimal(change, "stop_price");
        publish("replaced", found.get().parent != null ? found.get().parent : found.get());
        answer(exchange, 200, found.get().json().toString());
    }

    /** What working sell orders of the symbol hold (an OCO once: its leg holds the same shares). */
    private static BigDecimal heldForSale(String symbol) {
        return ORDERS.values().stream().filter(o -> o.working() && o.parent == null && o.side.equals("sell") && o.symbol.equals(symbol))
                .map(o -> o.quantity.subtract(o.filledQuantity)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String positions() {
        JsonArrayBuilder positions = Json.createArrayBuilder();
        POSITIONS.forEach((symbol, quantity) -> {
            if (quantity.signum() != 0) {
                positions.add(Json.createObjectBuilder().add("symbol", symbol).add("qty", quantity.toPlainString())
                        .add("avg_entry_price", price(symbol).toPlainString()));
            }
        });
        return positions.build().toString();
    }

    private static BigDecimal price(String symbol) {
        return PRICES.getOrDefault(symbol, new BigDecimal("100"));
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object == null || !object.containsKey(field) || object.isNull(field) ? null : new BigDecimal(object.getString(field));
    }

    /** A trade update to every authorized, listening stream (repeated, and a partial fill sent late, when disorderly). */
    private static void publish(String event, Order order) {
        String update = Json.createObjectBuilder().add("stream", "trade_updates").add("data", Json.createObjectBuilder().add("event", event)
                .add("order", order.json()).add("timestamp", Instant.now().toString())).build().toString();
        streams.broadcastUpdate(update);
        if (disorderly) {
            streams.broadcastUpdate(update);
            if (event.equals("partial_fill")) {
                LATER.schedule(() -> streams.broadcastUpdate(update), 3 * STEP_MILLIS, TimeUnit.MILLISECONDS); // after the fill
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The {@code trade_updates} stream: auth, listen, then the updates as binary frames (as the paper stream sends them). */
    private static final class StreamServer extends WebSocketServer {

        private final Set<WebSocket> listening = ConcurrentHashMap.newKeySet();

        StreamServer(int port) {
            super(new InetSocketAddress("127.0.0.1", port));
        }

        void broadcastUpdate(String update) {
            ByteBuffer frame = ByteBuffer.wrap(update.getBytes(StandardCharsets.UTF_8));
            new ArrayList<>(listening).forEach(socket -> {
                if (socket.isOpen()) {
                    socket.send(frame.duplicate());
                }
            });
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            if (streamsRefused) {
                socket.close(1011, "unavailable");
            }
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            JsonObject request = Json.createReader(new StringReader(message)).readObject();
            switch (request.getString("action", "")) {
                case "auth" -> {
                    boolean authorized = KEY_ID.equals(request.getString("key", "")) && SECRET.equals(request.getString("secret", ""));
                    socket.setAttachment(authorized);
                    socket.send(ByteBuffer.wrap(("{\"stream\":\"authorization\",\"data\":{\"action\":\"authenticate\",\"status\":\""
                            + (authorized ? "authorized" : "unauthorized") + "\"}}").getBytes(StandardCharsets.UTF_8)));
                }
                case "listen" -> {
                    if (Boolean.TRUE.equals(socket.getAttachment())) {
                        listening.add(socket);
                        socket.send(ByteBuffer.wrap("{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}".getBytes(StandardCharsets.UTF_8)));
                    }
                }
                default -> socket.send("{\"stream\":\"error\",\"data\":{\"message\":\"unknown action\"}}");
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            listening.remove(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            if (socket != null) {
                listening.remove(socket);
            }
        }

        @Override
        public void onStart() {
            // Ready once started.
        }
    }
}
