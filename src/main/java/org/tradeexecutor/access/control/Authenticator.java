package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.LoginChannel;
import org.tradeexecutor.access.entity.LoginResult;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password: throttling first, then the PBKDF2 hash, then the account status. Every attempt
 * is counted in metrics; failures, blocks and page sign-ins are audited.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityAuditLog audit;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    public LoginResult authenticate(String username, String password, LoginChannel channel, AuditEvent.Origin origin) {
        String name = normalize(username);
        var retryAfter = throttle.blockedFor(name, origin.ipAddress());
        if (retryAfter.isPresent()) {
            return finish(new LoginResult.Throttled(retryAfter.get()), channel, origin, name, null);
        }
        Optional<User> found = name.isEmpty() ? Optional.empty() : users.findByUsername(name);
        String given = password == null ? "" : password;
        boolean matches = found.map(user -> hasher.matches(given, user.getPasswordHash())).orElseGet(() -> {
            hasher.spendVerificationTime(given);
            return false;
        });
        if (!matches) {
            throttle.recordFailure(name, origin.ipAddress());
            return finish(new LoginResult.InvalidCredentials(), channel, origin, name, found.map(User::getId).orElse(null));
        }
        User user = found.get();
        if (user.getStatus() != AccountStatus.ACTIVE) {
            return finish(new LoginResult.Blocked(user.getStatus(), user.getStatusReason()), channel, origin, name, user.getId());
        }
        if (channel == LoginChannel.LOGIN_PAGE) {
            user.signedInAt(clock.instant());
            users.save(user);
        }
        return finish(new LoginResult.Success(user), channel, origin, name, user.getId());
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private LoginResult finish(LoginResult result, LoginChannel channel, AuditEvent.Origin origin, String username, String userId) {
        metrics.counter("logins", new Tag("outcome", result.outcome()), new Tag("channel", channel.name().toLowerCase(Locale.ROOT))).inc();
        boolean routineApiCall = result instanceof LoginResult.Success && channel == LoginChannel.HTTP_BASIC;
        if (!routineApiCall) {
            audit.record(new AuditEvent(result.auditAction(), result.auditOutcome(), new AuditEvent.Actor(userId, username), null, origin,
                    channel == LoginChannel.LOGIN_PAGE ? "/login" : "http-basic", result instanceof LoginResult.Success ? null : result.message()));
        }
        return result;
    }
}
