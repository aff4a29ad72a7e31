package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.entity.RememberedSignIn;
import org.tradeexecutor.access.entity.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Browser sign-ins that outlive the HTTP session's server (see {@link RememberedSignIn}): opened at sign-in, resumed
 * by any instance when the session is gone, ended at sign-out or after the idle time.
 */
@ApplicationScoped
public class RememberedSignIns {

    @Inject
    RememberedSignInRepository signIns;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    /** @return the secret for the browser's cookie */
    public String open(String userId, Duration idle) {
        String secret = SecretTokens.newSecret("");
        Instant now = clock.instant();
        signIns.save(new RememberedSignIn(SecretTokens.digest(secret), userId, now, now, idle.toSeconds()));
        return secret;
    }

    /** The user of a sign-in that is still valid and whose account is active; a lapsed one is removed. */
    public Optional<String> resume(String secret) {
        Instant now = clock.instant();
        Optional<RememberedSignIn> found = signIns.findById(SecretTokens.digest(secret));
        if (found.isPresent() && found.get().lapsedAt(now)) {
            signIns.delete(found.get());
            return Optional.empty();
        }
        return found.filter(signIn -> users.findById(signIn.userId()).filter(User::active).isPresent())
                .map(signIn -> {
                    markUsed(signIn, now);
                    return signIn.userId();
                });
    }

    /** The browser is in use (called on its requests): keeps the sign-in from lapsing while the session lives. */
    public void stillInUse(String secret) {
        signIns.findById(SecretTokens.digest(secret)).ifPresent(signIn -> markUsed(signIn, clock.instant()));
    }

    public void end(String secret) {
        signIns.deleteById(SecretTokens.digest(secret));
    }

    private void markUsed(RememberedSignIn signIn, Instant now) {
        if (signIn.staleMarkAt(now)) {
            signIns.save(signIn.seenAt(now));
        }
    }
}
