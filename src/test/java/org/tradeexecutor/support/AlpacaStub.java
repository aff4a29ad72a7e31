package org.tradeexecutor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that answers like Alpaca's Trading API v2 (the parts the adapter uses), so that the real
 * adapter — REST client, timeouts, circuit breaker — is tested over real HTTP. Behaviour by symbol: REJECT is refused
 * (403, insufficient buying power), SLOW is taken but answered after 8 s, BUSY is rate-limited (429) the first time;
 * anything else fills at 100. A second order with a known client_order_id gets 422 "client_order_id must be unique".
 * Keys: {@value #KEY_ID} / {@value #SECRET}; anything else is 401.
 */
public final class AlpacaStub {

    public static final String KEY_ID = "PKTESTKEY0001";
    public static final String SECRET = "stub-secret";

    private static HttpServer server;
    private static volatile boolean accountReadsFail;
    private static final Map<String, String> ORDERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    private AlpacaStub() {
    }

    /** Starts the stub on the port failsafe reserved (it.alpaca.port), once. */
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
    }

    /** While on, reading an account answers 500 (Alpaca having a bad minute). */
    public static void failAccountReads(boolean fail) {
        accountReadsFail = fail;
    }

    /** How many times an order with this client order id was sent (accepted or not). */
    public static int attempts(String clientOrderId) {
        return ATTEMPTS.getOrDefault(clientOrderId, new AtomicInteger()).get();
    }

    /** Whether the stub holds an order with this client order id. */
    public static boolean holds(String clientOrderId) {
        return ORDERS.containsKey(clientOrderId);
    }

    /** Puts an order in as if it had arrived before (a send whose answer was lost). */
    public static void seed(String clientOrderId, String symbol) {
        ORDERS.put(clientOrderId, order(clientOrderId, symbol, "1"));
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
                answer(exchange, 200, "[]");
            } else if (method.equals("GET") && path.equals("/v2/orders:by_client_order_id")) {
                String id = URLDecoder.decode(exchange.getRequestURI().getRawQuery().replaceFirst("^client_order_id=", ""), StandardCharsets.UTF_8);
                String order = ORDERS.get(id);
                answer(exchange, order == null ? 404 : 200, order == null ? "{\"message\":\"order not found\"}" : order);
            } else if (method.equals("POST") && path.equals("/v2/orders")) {
                submit(exchange);
            } else if (method.equals("DELETE") && path.startsWith("/v2/orders/")) {
                answer(exchange, 204, "");
            } else {
                answer(exchange, 404, "{\"message\":\"not found\"}");
            }
        }
    }

    private static void submit(HttpExchange exchange) throws IOException {
        JsonObject request = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))).readObject();
        String clientOrderId = request.getString("client_order_id");
        String symbol = request.getString("symbol");
        int attempt = ATTEMPTS.computeIfAbsent(clientOrderId, id -> new AtomicInteger()).incrementAndGet();
        if (ORDERS.containsKey(clientOrderId)) {
            answer(exchange, 422, "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}");
        } else if (symbol.equals("REJECT")) {
            answer(exchange, 403, "{\"code\":40310000,\"message\":\"insufficient buying power\"}");
        } else if (symbol.equals("BUSY") && attempt == 1) {
            answer(exchange, 429, "{\"message\":\"rate limit exceeded\"}");
        } else {
            String order = order(clientOrderId, symbol, request.getString("qty"));
            ORDERS.put(clientOrderId, order);
            if (symbol.equals("SLOW")) {
                pause(8_000);
            }
            answer(exchange, 200, order);
        }
    }

    private static String order(String clientOrderId, String symbol, String quantity) {
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("client_order_id", clientOrderId)
                .add("symbol", symbol).add("status", "filled").add("filled_qty", quantity).add("filled_avg_price", "100.00").build().toString();
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
}
