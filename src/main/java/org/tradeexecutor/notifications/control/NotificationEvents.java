package org.tradeexecutor.notifications.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.MemberJoined;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderRejected;
import org.tradeexecutor.notifications.entity.NotificationRequested;
import org.tradeexecutor.notifications.entity.NotificationType;
import org.tradeexecutor.risk.entity.CircuitBreakerTripped;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.subscriptions.control.Subscriptions;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the application announces, as notifications: fills, failures and risk rejections for the trader (unless
 * their subscription turned execution notices off for that provider), a tripped breaker, and for a community's hosts
 * the signals that arrive and the members who join. Observers only decide and queue.
 */
@ApplicationScoped
public class NotificationEvents {

    private static final long HOSTS_FRESH_MILLIS = 30_000;

    private record Hosts(List<String> ids, long loadedAt) {
    }

    @Inject
    Notifications notifications;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    private final Map<String, Hosts> hosts = new ConcurrentHashMap<>();

    /** Right after the position is booked, before protective orders are placed: the trader hears of the fill at once. */
    void filled(@Observes @Priority(Interceptor.Priority.APPLICATION + 150) OrderFilled filled) {
        if (!filled.replayed()) {
            ExecutionView execution = filled.execution();
            boolean complete = execution.state() == ExecutionState.FILLED;
            toTrader(execution, NotificationType.FILL, "info", (complete ? "Filled: " : "Partly filled: ") + describe(execution),
                    execution.averageFillPrice() == null ? "" : "at " + execution.averageFillPrice().toPlainString());
        }
    }

    void rejected(@Observes OrderRejected rejected) {
        ExecutionView execution = rejected.execution();
        if (execution.state() == ExecutionState.RISK_REJECTED) {
            toTrader(execution, NotificationType.RISK_REJECTION, "warn", "Not placed: " + execution.symbol(), execution.reason());
        } else {
            toTrader(execution, NotificationType.FAILURE, "error", "Order failed: " + describe(execution), execution.reason());
        }
    }

    void tripped(@Observes CircuitBreakerTripped tripped) {
        notifications.deliver(new NotificationRequested(tripped.userId(), NotificationType.BREAKER_TRIP, "error", "Circuit breaker tripped",
                tripped.reason(), null));
    }

    void signal(@Observes SignalAccepted accepted) {
        String summary = "Signal: " + accepted.signal().kind().name().toLowerCase(Locale.ROOT) + " " + accepted.signal().symbol();
        hostsOf(accepted.communityId()).forEach(host -> notifications.deliver(
                new NotificationRequested(host, NotificationType.SIGNAL_RECEIVED, "info", summary, null, accepted.communityId())));
    }

    void joined(@Observes MemberJoined joined) {
        hostsOf(joined.communityId()).stream().filter(host -> !host.equals(joined.userId())).forEach(host -> notifications.deliver(
                new NotificationRequested(host, NotificationType.MEMBER_JOINED, "info", "New member: " + joined.username(),
                        "joined as " + joined.role().name().toLowerCase(Locale.ROOT), joined.communityId())));
    }

    /** The trader hears of their order unless they turned execution notices off for the provider (PRODUCT T1). */
    private void toTrader(ExecutionView execution, NotificationType type, String severity, String summary, String detail) {
        boolean wanted = execution.providerId() == null || subscriptions.find(execution.communityId(), execution.userId(), execution.providerId())
                .map(s -> s.settings().notifyOnExecution()).orElse(true);
        if (wanted) {
            notifications.deliver(new NotificationRequested(execution.userId(), type, severity, summary, detail, execution.communityId()));
        }
    }

    /** Read at most every 30 s per community: a signal to a thousand followers asks once. */
    private List<String> hostsOf(String communityId) {
        long now = clock.millis();
        Hosts known = hosts.get(communityId);
        if (known == null || now - known.loadedAt() > HOSTS_FRESH_MILLIS) {
            known = new Hosts(memberships.activeHostIds(communityId), now);
            hosts.put(communityId, known);
        }
        return known.ids();
    }

    private static String describe(ExecutionView execution) {
        return execution.side().name().toLowerCase(Locale.ROOT) + " " + execution.quantity().toPlainString() + " " + execution.symbol();
    }
}
