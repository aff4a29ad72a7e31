package org.tradeexecutor.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.communities.control.CommunityRepository;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderRejected;
import org.tradeexecutor.notifications.entity.DiscordTarget;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalRefused;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The community's alert channel (PRODUCT S2): one message per signal, {@code ALERT_WINDOW_SECONDS} after it arrived,
 * saying how it went — followers filled, rejected (the reasons grouped, most frequent first), still working — or why
 * the community refused it. Only with the bot token set and an {@code alertChannelId} in the settings. Counting
 * happens in memory as fills and rejections are announced; sending goes through the {@link DiscordOutbox}, so Discord
 * never slows or fails a trade.
 */
@ApplicationScoped
public class SignalAlerts {

    private static final int MAX_OPEN = 10_000;
    private static final Set<String> PRIMARY_LEGS = Set.of("entry", "exit");

    @Inject
    DiscordMessenger messenger;

    @Inject
    DiscordOutbox outbox;

    @Inject
    CommunityRepository communities;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "ALERT_WINDOW_SECONDS", defaultValue = "5")
    long windowSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** One signal being counted. */
    private static final class Tally {
        final String channelId;
        final String headline;
        final long receivedAt = System.currentTimeMillis();
        final Set<String> filled = ConcurrentHashMap.newKeySet();
        final Map<String, String> rejected = new ConcurrentHashMap<>();

        Tally(String channelId, String headline) {
            this.channelId = channelId;
            this.headline = headline;
        }

        String message() {
            if (filled.isEmpty() && rejected.isEmpty()) {
                return headline + " — received; no follower's order yet";
            }
            Map<String, Long> reasons = rejected.values().stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
            String grouped = reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5).map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
            return headline + " — received; filled " + filled.size() + " / rejected " + rejected.size() + (grouped.isEmpty() ? "" : " (" + grouped + ")");
        }
    }

    private final Map<String, Tally> open = new ConcurrentHashMap<>();

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::due, 500, 500, TimeUnit.MILLISECONDS);
    }

    void accepted(@Observes SignalAccepted accepted) {
        alertChannel(accepted.communityId()).ifPresent(channel -> {
            if (open.size() < MAX_OPEN) {
                open.put(accepted.signalId(), new Tally(channel, headline(accepted.signal())));
            } else {
                metrics.counter("discord.alerts.dropped").inc();
            }
        });
    }

    /** A signal the community's settings or plan refused is told at once. */
    void refused(@Observes SignalRefused refused) {
        alertChannel(refused.communityId()).ifPresent(channel -> outbox.queue(DiscordTarget.channel(channel),
                "⛔ " + refused.symbol() + " — not executed: " + refused.refusal().reason(), true));
    }

    void filled(@Observes OrderFilled filled) {
        ExecutionView execution = filled.execution();
        Tally tally = open.get(execution.signalId());
        if (tally != null && !filled.replayed() && PRIMARY_LEGS.contains(execution.leg())) {
            tally.filled.add(execution.userId());
        }
    }

    void rejected(@Observes OrderRejected rejected) {
        ExecutionView execution = rejected.execution();
        Tally tally = open.get(execution.signalId());
        if (tally != null && PRIMARY_LEGS.contains(execution.leg())) {
            String reason = execution.state() == ExecutionState.RISK_REJECTED && execution.riskRule() != null ? execution.riskRule()
                    : execution.reason() == null ? "failed" : execution.reason().length() > 60 ? execution.reason().substring(0, 59) + "…" : execution.reason();
            tally.rejected.put(execution.userId(), reason);
        }
    }

    private void due() {
        long now = System.currentTimeMillis();
        open.entrySet().removeIf(entry -> {
            if (now - entry.getValue().receivedAt < windowSeconds * 1000) {
                return false;
            }
            outbox.queue(DiscordTarget.channel(entry.getValue().channelId), entry.getValue().message(), true);
            return true;
        });
    }

    private Optional<String> alertChannel(String communityId) {
        if (!messenger.enabled()) {
            return Optional.empty();
        }
        return communities.findById(communityId).map(Community::getAlertChannelId).filter(id -> !id.isBlank());
    }

    private static String headline(ParsedSignal signal) {
        StringBuilder line = new StringBuilder("📣 ").append(signal.kind().name().toLowerCase(Locale.ROOT));
        if (signal.direction() != null) {
            line.append(' ').append(signal.direction().name().toLowerCase(Locale.ROOT));
        }
        line.append(' ').append(signal.symbol());
        if (signal.entry() != null) {
            line.append(" @ ").append(signal.entry().toPlainString());
        }
        if (signal.stopLoss() != null) {
            line.append(" SL ").append(signal.stopLoss().toPlainString());
        }
        return line.toString();
    }
}
