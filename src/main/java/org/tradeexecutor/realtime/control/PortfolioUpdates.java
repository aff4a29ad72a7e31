package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.portfolio.control.TraderPositions;
import org.tradeexecutor.realtime.entity.PortfolioSnapshot;
import org.tradeexecutor.realtime.entity.Topic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code portfolio.updated}, coalesced (PRODUCT R3): however many changes a user's portfolio sees, at most one
 * update per {@code WS_PORTFOLIO_INTERVAL_MILLIS} (250: four a second) goes out, read when it goes out, so the latest
 * state wins.
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

    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();

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
            clients.toUser(userId, Topic.PORTFOLIO, "portfolio.updated", new PortfolioSnapshot(connections.accountOf(userId), positions.open(userId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portfolio update for " + userId + " failed; the next change sends one again", e);
        }
    }
}
