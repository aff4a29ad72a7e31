package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;

import java.time.Clock;
import java.util.List;

/**
 * A user changes the own password: the current one must be right and the new one must pass {@link PasswordPolicy}.
 * Every other way in made with the old one ends: other sessions, remembered sign-ins, API tokens, live connections.
 */
@ApplicationScoped
public class PasswordChange {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAuditLog audit;

    @Inject
    RememberedSignIns rememberedSignIns;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Clock clock;

    /** @return the problems that stopped the change; empty when the password was changed */
    public List<String> change(User user, String currentPassword, String newPassword, AuditEvent.Origin origin) {
        var actor = new AuditEvent.Actor(user.getId(), user.getUsername());
        if (currentPassword == null || !hasher.matches(currentPassword, user.getPasswordHash())) {
            audit.record(new AuditEvent("auth.password_change", AuditOutcome.FAILURE, actor, null, origin, "/api/me/password",
                    "current password wrong"));
            return List.of("The current password is wrong.");
        }
        List<String> problems = PasswordPolicy.problems(user.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            return problems;
        }
        user.changePassword(hasher.hash(newPassword), clock.instant());
        users.save(user);
        // Whoever had the old password may have used it: every other way in ends. Other sessions and their live
        // connections end at their next look at the account (ACCESS_RECHECK_SECONDS); the caller's own session goes on.
        rememberedSignIns.endAllOf(user.getId());
        int revoked = apiTokens.revokeAll(actor, origin);
        audit.record(new AuditEvent("auth.password_change", AuditOutcome.SUCCESS, actor, null, origin, "/api/me/password",
                "other sessions and remembered sign-ins ended, " + revoked + " API tokens revoked"));
        return List.of();
    }
}
