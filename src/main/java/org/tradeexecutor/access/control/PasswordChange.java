package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;

import java.util.List;

/** A user changes the own password: the current one must be right and the new one must pass {@link PasswordPolicy}. */
@ApplicationScoped
public class PasswordChange {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAuditLog audit;

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
        user.changePasswordHash(hasher.hash(newPassword));
        users.save(user);
        audit.record(new AuditEvent("auth.password_change", AuditOutcome.SUCCESS, actor, null, origin, "/api/me/password", null));
        return List.of();
    }
}
