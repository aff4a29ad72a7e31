package org.tradeexecutor.execution.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.AlpacaAccount;
import org.tradeexecutor.execution.entity.AlpacaOrder;
import org.tradeexecutor.execution.entity.AlpacaOrderRequest;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerOrderStatus;
import org.tradeexecutor.execution.entity.BrokerUnavailableException;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.risk.entity.AccountSnapshot;
import org.tradeexecutor.risk.entity.OpenPosition;
import org.tradeexecutor.quotes.entity.AlpacaSymbol;
import org.tradeexecutor.signals.entity.AssetClass;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Alpaca, paper or live (PRODUCT X6), over its REST API with the account's own keys. Every call has a timeout and
 * goes through a circuit breaker; only reads and cancels are retried — a send is never repeated here: a send that
 * times out is UNKNOWN and settled by {@link #findByClientOrderId}. A 429 means Alpaca took nothing (UNKNOWN, then
 * found missing and sent again under the same client order id); Alpaca's "client_order_id must be unique" answer
 * means it has the order already, which is then looked up and returned. Every decryption of the secret is audited.
 */
@ApplicationScoped
@WatchedCircuit
public class AlpacaBroker implements BrokerAdapter {

    private static final Map<OrderKind, String> TYPES = Map.of(OrderKind.MARKET, "market", OrderKind.LIMIT, "limit",
            OrderKind.STOP, "stop", OrderKind.STOP_LIMIT, "stop_limit", OrderKind.TRAILING_STOP, "trailing_stop", OrderKind.OCO, "limit");
    static final long CANCEL_WAIT_MILLIS = 4_000;
    private static final long CANCEL_POLL_MILLIS = 150;

    @Inject
    BrokerCredentialsBox credentials;

    @Inject
    SecurityAuditLog audit;

    @Inject
    @ConfigProperty(name = "ALPACA_PAPER_URL", defaultValue = "https://paper-api.alpaca.markets")
    String paperUrl;

    @Inject
    @ConfigProperty(name = "ALPACA_LIVE_URL", defaultValue = "https://api.alpaca.markets")
    String liveUrl;

    private final Map<String, AlpacaApi> clients = new ConcurrentHashMap<>();

    /** The keys of a connection, decrypted for one call. */
    record Keys(String keyId, String secret) {
    }

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public BrokerOrder submit(BrokerConnection connection, OrderRequest order) {
        Keys keys = keys(connection, "submit " + order.clientOrderId());
        AlpacaOrderRequest request = request(order);
        try {
            return toBrokerOrder(api(connection).submit(keys.keyId(), keys.secret(), request));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = message(e);
            if (status == 422 && message.toLowerCase(Locale.ROOT).contains("client_order_id")) {
                return lookUp(connection, keys, order.clientOrderId())
                        .orElseThrow(() -> new BrokerUnavailableException("Alpaca has the client order id but does not show the order", e));
            }
            if (status == 429 || status >= 500) {
                throw new BrokerUnavailableException("Alpaca answered " + status + (status == 429 ? " (rate limited)" : ""), e);
            }
            return new BrokerOrder(order.clientOrderId(), null, BrokerOrderStatus.REJECTED, BigDecimal.ZERO, null, BigDecimal.ZERO,
                    "Alpaca refused the order (" + status + "): " + message);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
    }

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = BrokerUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Optional<BrokerOrder> findByClientOrderId(BrokerConnection connection, String clientOrderId) {
        return lookUp(connection, keys(connection, "look up " + clientOrderId), clientOrderId);
    }

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = BrokerUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public AccountState state(BrokerConnection connection) {
        Keys keys = keys(connection, "read the account");
        try {
            AlpacaAccount account = api(connection).account(keys.keyId(), keys.secret());
            List<OpenPosition> positions = api(connection).positions(keys.keyId(), keys.secret()).stream()
                    .map(p -> new OpenPosition(p.symbol(), new BigDecimal(p.quantity()), new BigDecimal(p.averageEntryPrice()))).toList();
            BigDecimal equity = new BigDecimal(account.equity());
            BigDecimal lastEquity = account.lastEquity() == null ? equity : new BigDecimal(account.lastEquity());
            return new AccountState(new AccountSnapshot(equity, new BigDecimal(account.cash()), new BigDecimal(account.buyingPower())),
                    positions, equity.subtract(lastEquity));
        } catch (WebApplicationException | ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca account could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Asks Alpaca to cancel and waits (up to {@value #CANCEL_WAIT_MILLIS} ms) until the order no longer works: Alpaca
     * cancels later, and holds the quantity of a working order meanwhile.
     *
     * @return true once it is cancelled; false when it was not working, or filled first
     */
    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public boolean cancel(BrokerConnection connection, String clientOrderId) {
        Keys keys = keys(connection, "cancel " + clientOrderId);
        Optional<BrokerOrder> order = lookUp(connection, keys, clientOrderId);
        if (order.isEmpty() || !working(order.get())) {
            return false;
        }
        try {
            api(connection).cancel(keys.keyId(), keys.secret(), order.get().brokerOrderId());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 422) {
                return false;
            }
            throw new BrokerUnavailableException("Alpaca could not cancel: " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
        long deadline = System.currentTimeMillis() + CANCEL_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<BrokerOrder> now = lookUp(connection, keys, clientOrderId);
            if (now.isEmpty() || !working(now.get())) {
                return now.map(o -> o.status() == BrokerOrderStatus.CANCELLED).orElse(false);
            }
            pause(CANCEL_POLL_MILLIS);
        }
        return false;
    }

    /** Moves the stop of a working order: the stop leg of an OCO, or the stop order itself. */
    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public boolean replaceStop(BrokerConnection connection, String clientOrderId, BigDecimal stopPrice) {
        Keys keys = keys(connection, "move the stop of " + clientOrderId);
        try {
            AlpacaOrder order = api(connection).byClientOrderId(keys.keyId(), keys.secret(), clientOrderId, true);
            if (!working(toBrokerOrder(order))) {
                return false;
            }
            String stopId = order.legs().stream().filter(leg -> leg.type() != null && leg.type().startsWith("stop")).map(AlpacaOrder::id)
                    .findFirst().orElse(order.id());
            api(connection).replace(keys.keyId(), keys.secret(), stopId, new AlpacaOrderRequest.StopChange(plain(stopPrice)));
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 422) {
                return false;
            }
            throw new BrokerUnavailableException("Alpaca could not move the stop: " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
    }

    /** The working orders of the account as Alpaca has them now (for following them while its stream is down). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = BrokerUnavailableException.class)
    public List<BrokerOrder> workingOrders(BrokerConnection connection) {
        Keys keys = keys(connection, "read the working orders");
        try {
            return api(connection).openOrders(keys.keyId(), keys.secret(), "open", true, 500).stream().map(AlpacaBroker::toBrokerOrder).toList();
        } catch (WebApplicationException | ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca's working orders could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean working(BrokerOrder order) {
        return order.status() == BrokerOrderStatus.ACCEPTED || order.status() == BrokerOrderStatus.PARTIALLY_FILLED;
    }

    /**
     * The order as Alpaca takes it. Protective orders (OCO, trailing stop) are good till cancelled: a day order would
     * leave the position unprotected after the close. An OCO goes as a limit with its take profit and stop loss.
     */
    private static AlpacaOrderRequest request(OrderRequest order) {
        AlpacaSymbol symbol = AlpacaSymbol.of(order.symbol());
        boolean oco = order.kind() == OrderKind.OCO;
        boolean untilCancelled = oco || order.kind() == OrderKind.TRAILING_STOP || symbol.assetClass() == AssetClass.CRYPTO;
        return new AlpacaOrderRequest(symbol.value(), plain(order.quantity()), order.side().name().toLowerCase(Locale.ROOT),
                TYPES.get(order.kind()), untilCancelled ? "gtc" : "day", oco ? null : plain(order.limitPrice()), oco ? null : plain(order.stopPrice()),
                plain(order.trailPercent()), order.clientOrderId(), oco ? "oco" : null,
                oco ? new AlpacaOrderRequest.TakeProfit(plain(order.limitPrice())) : null, oco ? new AlpacaOrderRequest.StopLoss(plain(order.stopPrice())) : null);
    }

    /** Checks the keys by reading the account; answers Alpaca's refusal or failure in a sentence, or empty when they work. */
    public Optional<String> problemWith(BrokerConnection connection) {
        try {
            state(connection);
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof WebApplicationException web ? web : e;
            if (cause instanceof WebApplicationException web && (web.getResponse().getStatus() == 401 || web.getResponse().getStatus() == 403)) {
                return Optional.of("Alpaca refused the keys (" + web.getResponse().getStatus() + ").");
            }
            return Optional.of("Alpaca could not be reached: " + e.getMessage());
        }
    }

    private Optional<BrokerOrder> lookUp(BrokerConnection connection, Keys keys, String clientOrderId) {
        try {
            return Optional.of(toBrokerOrder(api(connection).byClientOrderId(keys.keyId(), keys.secret(), clientOrderId, true)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new BrokerUnavailableException("Alpaca answered " + e.getResponse().getStatus() + " to a look-up", e);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
    }

    /** The account's keys, decrypted for one use (audited). */
    Keys keys(BrokerConnection connection, String purpose) {
        audit.record(new AuditEvent("broker.credentials_decrypted", AuditOutcome.SUCCESS, new AuditEvent.Actor(connection.userId(), null),
                null, AuditEvent.Origin.INTERNAL, "broker connection " + connection.id(), purpose));
        return new Keys(connection.alpacaKeyId(), credentials.decrypt(connection.alpacaSecretEncrypted()));
    }

    private AlpacaApi api(BrokerConnection connection) {
        String url = connection.alpacaPaper() ? paperUrl : liveUrl;
        // A fan-out's batch calls submit() on the bean itself, past @Timeout: there the read timeout (10 s) bounds a send.
        return clients.computeIfAbsent(url, base -> RestClientBuilder.newBuilder().baseUri(URI.create(base))
                .connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(AlpacaApi.class));
    }

    /**
     * Alpaca's order in our terms. An OCO whose stop leg filled reports that leg's fill: the take profit (the order
     * itself) was cancelled by it. Every status Alpaca has that still works ("new", "accepted", "pending_new", "held",
     * "pending_cancel", …) is ACCEPTED.
     */
    public static BrokerOrder toBrokerOrder(AlpacaOrder order) {
        AlpacaOrder filling = quantity(order.filledQuantity()).signum() > 0 ? order
                : order.legs().stream().filter(leg -> quantity(leg.filledQuantity()).signum() > 0).findFirst().orElse(order);
        String alpacaStatus = filling.status() == null ? "" : filling.status();
        BrokerOrderStatus status = switch (alpacaStatus) {
            case "filled" -> BrokerOrderStatus.FILLED;
            case "partially_filled" -> BrokerOrderStatus.PARTIALLY_FILLED;
            case "canceled", "expired", "replaced", "done_for_day" -> BrokerOrderStatus.CANCELLED;
            case "rejected", "suspended" -> BrokerOrderStatus.REJECTED;
            default -> BrokerOrderStatus.ACCEPTED;
        };
        return new BrokerOrder(order.clientOrderId(), order.id(), status, quantity(filling.filledQuantity()),
                filling.filledAveragePrice() == null ? null : new BigDecimal(filling.filledAveragePrice()), BigDecimal.ZERO,
                status == BrokerOrderStatus.REJECTED || status == BrokerOrderStatus.CANCELLED ? "Alpaca: " + alpacaStatus : null);
    }

    private static BigDecimal quantity(String value) {
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String message(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return e.getMessage();
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(client -> {
            if (client instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // Closing at shutdown; nothing to do about it.
                }
            }
        });
    }
}
