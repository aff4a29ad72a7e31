package org.tradeexecutor.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.SecurityAudit;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Stores audit events. Recording never fails the action being audited; a failure to store is logged loudly. */
@ApplicationScoped
public class SecurityAuditLog {

    private static final Logger LOG = Logger.getLogger(SecurityAuditLog.class.getName());

    @Inject
    SecurityAuditRepository audits;

    @Inject
    Clock clock;

    public void record(AuditEvent event) {
        var actor = event.actor() == null ? AuditEvent.Actor.ANONYMOUS : event.actor();
        var origin = event.origin() == null ? AuditEvent.Origin.INTERNAL : event.origin();
        Instant now = clock.instant();
        try {
            audits.save(new SecurityAudit(AuditTrail.idOf(event.communityId(), now), now, event.action(), event.outcome(),
                    actor.userId(), actor.username(), event.communityId(), origin.ipAddress(), origin.userAgent(),
                    event.resource(), event.detail(), event.before(), event.after()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not store audit event " + event.action() + " for " + actor.username(), e);
        }
    }
}
