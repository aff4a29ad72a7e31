package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.portfolio.control.TraderPositions;
import org.tradeexecutor.portfolio.entity.PositionView;
import org.tradeexecutor.realtime.entity.PortfolioSnapshot;
import org.tradeexecutor.realtime.entity.Subscribed;
import org.tradeexecutor.realtime.entity.Topic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code portfolio.updated}, coalesced (PRODUCT R3): however many changes a user's portfolio sees, at most one
 * update per {@code WS_PORTFOLIO_INTERVAL_MILLIS} (250: four a second) goes out, read when it goes out, so the latest
 * state wins. A subscriber gets the current state at once; while quotes of the symbols it holds move, it is marked to
 * them again at most every {@code WS_PORTFOLIO_REMARK_MILLIS} (1000), so equity and unrealised P&amp;L move with the
 * market.
 */
@ApplicationScoped
public class PortfolioUpdates {

    private static final Logger LOG = Logger.getLogger(PortfolioUpdates.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ConnectedClients clients;

    @Inject
    BrokerConnections connections;

    @Inject
    TraderPositions positions;

    @Inject
    @ConfigProperty(name = "WS_PORTFOLIO_INTERVAL_MILLIS", defaultValue = "250")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "WS_PORTFOLIO_REMARK_MILLIS", defaultValue = "1000")
    long remarkMillis;

    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
    /**
     * The symbols of the open positions of each user listening on this instance, as of the last update sent: every
     * instance re-marks its own clients' portfolios (in a cluster, not those of clients elsewhere).
     */
    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();

    void subscribed(@Observes Subscribed subscribed) {
        if (subscribed.topic() == Topic.PORTFOLIO) {
            changed(subscribed.userId());
        }
    }

    /** The symbols some portfolio listener holds: their quotes are watched even if nobody asked for them. */
    Set<String> heldSymbols() {
        Set<String> symbols = new HashSet<>();
        held.values().forEach(symbols::addAll);
        return symbols;
    }

    /** A held symbol's quote moved: its holders are marked again (unless they were, within the re-mark interval). */
    void quoteMoved(String symbol) {
        long now = System.currentTimeMillis();
        held.forEach((userId, symbols) -> {
            if (!symbols.contains(symbol)) {
                return;
            }
            if (!clients.listeningHere(userId, Topic.PORTFOLIO)) {
                held.remove(userId);
            } else if (now - lastSent.getOrDefault(userId, 0L) >= remarkMillis) {
                changed(userId);
            }
        });
    }

    void changed(String userId) {
        if (!clients.listening(userId, Topic.PORTFOLIO) || pending.putIfAbsent(userId, Boolean.TRUE) != null) {
            return;
        }
        long wait = Math.max(0, lastSent.getOrDefault(userId, 0L) + intervalMillis - System.currentTimeMillis());
        scheduler.schedule(() -> send(userId), wait, TimeUnit.MILLISECONDS);
    }

    private void send(String userId) {
        pending.remove(userId);
        lastSent.put(userId, System.currentTimeMillis());
        try {
            List<PositionView> open = positions.open(userId);
            if (open.isEmpty() || !clients.listeningHere(userId, Topic.PORTFOLIO)) {
                held.remove(userId);
            } else {
                held.put(userId, open.stream().map(PositionView::symbol).collect(Collectors.toUnmodifiableSet()));
            }
            clients.toUser(userId, Topic.PORTFOLIO, "portfolio.updated", new PortfolioSnapshot(connections.accountOf(userId), open));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portfolio update for " + userId + " failed; the next change sends one again", e);
        }
    }
}
