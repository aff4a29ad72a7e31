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
public class AlpacaBroker implements BrokerAdapter {

    private static final Map<OrderKind, String> TYPES = Map.of(OrderKind.MARKET, "market", OrderKind.LIMIT, "limit",
            OrderKind.STOP, "stop", OrderKind.STOP_LIMIT, "stop_limit", OrderKind.TRAILING_STOP, "trailing_stop");

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
    private record Keys(String keyId, String secret) {
    }

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public BrokerOrder submit(BrokerConnection connection, OrderRequest order) {
        Keys keys = keys(connection, "submit " + order.clientOrderId());
        AlpacaSymbol symbol = AlpacaSymbol.of(order.symbol());
        AlpacaOrderRequest request = new AlpacaOrderRequest(symbol.value(), plain(order.quantity()), order.side().name().toLowerCase(Locale.ROOT),
                TYPES.get(order.kind()), symbol.assetClass() == AssetClass.CRYPTO ? "gtc" : "day", plain(order.limitPrice()),
                plain(order.stopPrice()), plain(order.trailPercent()), order.clientOrderId());
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

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = BrokerUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public boolean cancel(BrokerConnection connection, String clientOrderId) {
        Keys keys = keys(connection, "cancel " + clientOrderId);
        Optional<BrokerOrder> order = lookUp(connection, keys, clientOrderId);
        if (order.isEmpty() || order.get().status() != BrokerOrderStatus.ACCEPTED && order.get().status() != BrokerOrderStatus.PARTIALLY_FILLED) {
            return false;
        }
        try {
            api(connection).cancel(keys.keyId(), keys.secret(), order.get().brokerOrderId());
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 422) {
                return false;
            }
            throw new BrokerUnavailableException("Alpaca could not cancel: " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
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
            return Optional.of(toBrokerOrder(api(connection).byClientOrderId(keys.keyId(), keys.secret(), clientOrderId)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new BrokerUnavailableException("Alpaca answered " + e.getResponse().getStatus() + " to a look-up", e);
        } catch (ProcessingException e) {
            throw new BrokerUnavailableException("Alpaca could not be reached: " + e.getMessage(), e);
        }
    }

    private Keys keys(BrokerConnection connection, String purpose) {
        audit.record(new AuditEvent("broker.credentials_decrypted", AuditOutcome.SUCCESS, new AuditEvent.Actor(connection.userId(), null),
                null, AuditEvent.Origin.INTERNAL, "broker connection " + connection.id(), purpose));
        return new Keys(connection.alpacaKeyId(), credentials.decrypt(connection.alpacaSecretEncrypted()));
    }

    private AlpacaApi api(BrokerConnection connection) {
        String url = connection.alpacaPaper() ? paperUrl : liveUrl;
        return clients.computeIfAbsent(url, base -> RestClientBuilder.newBuilder().baseUri(URI.create(base))
                .connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(AlpacaApi.class));
    }

    static BrokerOrder toBrokerOrder(AlpacaOrder order) {
        BrokerOrderStatus status = switch (order.status() == null ? "" : order.status()) {
            case "filled" -> BrokerOrderStatus.FILLED;
            case "partially_filled" -> BrokerOrderStatus.PARTIALLY_FILLED;
            case "canceled", "expired", "replaced" -> BrokerOrderStatus.CANCELLED;
            case "rejected", "suspended" -> BrokerOrderStatus.REJECTED;
            default -> BrokerOrderStatus.ACCEPTED;
        };
        return new BrokerOrder(order.clientOrderId(), order.id(), status,
                order.filledQuantity() == null ? BigDecimal.ZERO : new BigDecimal(order.filledQuantity()),
                order.filledAveragePrice() == null ? null : new BigDecimal(order.filledAveragePrice()), BigDecimal.ZERO,
                status == BrokerOrderStatus.REJECTED || status == BrokerOrderStatus.CANCELLED ? "Alpaca: " + order.status() : null);
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
