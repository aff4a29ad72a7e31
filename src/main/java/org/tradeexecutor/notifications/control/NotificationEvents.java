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
import org.tradeexecutor.execution.entity.SliceFilled;
import org.tradeexecutor.notifications.entity.NotificationRequested;
import org.tradeexecutor.notifications.entity.NotificationType;
import org.tradeexecutor.risk.entity.CircuitBreakerTripped;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
        if (!filled.replayed() && !filled.withSlice()) {
            ExecutionView execution = filled.execution();
            if (wanted(execution)) {
                notifications.deliver(fillNotice(execution));
            }
        }
    }

    /** A fan-out slice's fills, told as {@link #filled} tells each: the followers' subscriptions and preferences read together. */
    void slice(@Observes @Priority(Interceptor.Priority.APPLICATION + 150) SliceFilled slice) {
        Map<String, Boolean> wantedByExecution = new HashMap<>();
        slice.fills().stream().filter(e -> e.providerId() != null).collect(Collectors.groupingBy(e -> List.of(e.communityId(), e.providerId())))
                .forEach((followed, fills) -> {
                    Map<String, Subscription> byUser = subscriptions.find(followed.get(0), followed.get(1), fills.stream().map(ExecutionView::userId).toList());
                    fills.forEach(fill -> wantedByExecution.put(fill.id(), wanted(Optional.ofNullable(byUser.get(fill.userId())))));
                });
        notifications.deliverAll(slice.fills().stream().filter(fill -> wantedByExecution.getOrDefault(fill.id(), true))
                .map(NotificationEvents::fillNotice).toList());
    }

    private static NotificationRequested fillNotice(ExecutionView execution) {
        boolean complete = execution.state() == ExecutionState.FILLED;
        return notice(execution, NotificationType.FILL, "info", (complete ? "Filled: " : "Partly filled: ") + describe(execution),
                execution.averageFillPrice() == null ? "" : "at " + execution.averageFillPrice().toPlainString());
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

    private void toTrader(ExecutionView execution, NotificationType type, String severity, String summary, String detail) {
        if (wanted(execution)) {
            notifications.deliver(notice(execution, type, severity, summary, detail));
        }
    }

    /** The trader hears of their order unless they turned execution notices off for the provider (PRODUCT T1). */
    private boolean wanted(ExecutionView execution) {
        return execution.providerId() == null || wanted(subscriptions.find(execution.communityId(), execution.userId(), execution.providerId()));
    }

    private static boolean wanted(Optional<Subscription> subscription) {
        return subscription.map(s -> s.settings().notifyOnExecution()).orElse(true);
    }

    private static NotificationRequested notice(ExecutionView execution, NotificationType type, String severity, String summary, String detail) {
        return new NotificationRequested(execution.userId(), type, severity, summary, detail, execution.communityId());
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
