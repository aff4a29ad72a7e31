package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.signals.entity.Provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliveries refused for a bad signature, timestamp or URL token: each counted in {@code webhook_bad_signatures_total
 * {reason}}, audited at most once a minute per provider (on each instance) with how many were refused since — a
 * sender with a wrong secret, or someone guessing, must not fill the audit trail with one entry per call.
 */
@ApplicationScoped
public class WebhookRefusals {

    static final Duration AUDIT_EVERY = Duration.ofMinutes(1);

    /** Why a delivery was refused; the metric's tag. */
    public enum Reason {
        MISSING_SIGNATURE, BAD_SIGNATURE, MISSING_TIMESTAMP, STALE_TIMESTAMP, BAD_URL_TOKEN;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    MetricRegistry metrics;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Clock clock;

    /** Per provider: when it was last audited and how many refusals were held back since. */
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        private Instant auditedAt;
        private int heldBack;
    }

    public void refused(Provider provider, Reason reason, AuditEvent.Origin origin) {
        metrics.counter("webhook.bad_signatures", new Tag("reason", reason.tag())).inc();
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(provider.getId(), id -> new Window());
        int heldBack;
        synchronized (window) {
            if (window.auditedAt != null && now.isBefore(window.auditedAt.plus(AUDIT_EVERY))) {
                window.heldBack++;
                return;
            }
            heldBack = window.heldBack;
            window.heldBack = 0;
            window.auditedAt = now;
        }
        audit.record(new AuditEvent("signal.webhook_bad_signature", AuditOutcome.BLOCKED, AuditEvent.Actor.ANONYMOUS,
                provider.getCommunityId(), origin, "/api/webhooks/providers/" + provider.getId(),
                reason.tag() + (heldBack == 0 ? "" : "; " + heldBack + " more refused since the last entry, not audited one by one")));
    }
}
