package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.SignalSource;

/** PRODUCT S7: a person posts a signal by hand; it takes the same way as every other signal, and is audited. */
@ApplicationScoped
public class ManualSignals {

    private static final int AUDITED_CHARACTERS = 200;

    @Inject
    SignalIntake intake;

    @Inject
    SecurityAuditLog audit;

    /** Hosts post for every provider of their community; a provider's owner, while they may trade there, for that provider. */
    public static boolean mayPost(Provider provider, String userId, MembershipView membership) {
        return membership.communityId().equals(provider.getCommunityId()) && (membership.host()
                || userId.equals(provider.getOwnerUserId()) && membership.refusal(MemberAction.TRADE).isEmpty());
    }

    public IntakeOutcome post(Provider provider, String text, AuditEvent.Actor by, AuditEvent.Origin origin) {
        String signal = text.trim();
        IntakeOutcome outcome = intake.accept(provider, SignalSource.MANUAL, signal, null, by.userId());
        audit.record(new AuditEvent("signal.manual", outcome instanceof IntakeOutcome.Stored ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                by, provider.getCommunityId(), origin, "provider " + provider.getId(),
                signal.length() > AUDITED_CHARACTERS ? signal.substring(0, AUDITED_CHARACTERS) : signal));
        return outcome;
    }
}
