package org.tradeexecutor.access.control;

import org.tradeexecutor.platform.control.SecretTokens;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.access.entity.RememberedSignIn;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.platform.control.Leadership;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Browser sign-ins that outlive the HTTP session's server (see {@link RememberedSignIn}): opened at sign-in, resumed
 * by any instance when the session is gone, ended at sign-out or after the idle time.
 */
@ApplicationScoped
public class RememberedSignIns {

    private static final Logger LOG = Logger.getLogger(RememberedSignIns.class.getName());

    @Inject
    RememberedSignInRepository signIns;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Inject
    MongoConnection mongo;

    @Inject
    Leadership leadership;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** @return the secret for the browser's cookie */
    public String open(String userId, Duration idle) {
        String secret = SecretTokens.newSecret("");
        Instant now = clock.instant();
        signIns.save(RememberedSignIn.opened(SecretTokens.digest(secret), userId, now, idle.toSeconds()));
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

    /** Every remembered sign-in of the user ends (their password changed). */
    public void endAllOf(String userId) {
        mongo.database().getCollection("remembered_sign_ins").deleteMany(new Document("userId", userId));
    }

    /** Sign-ins left to lapse (a browser closed without signing out) are deleted once an hour. */
    void startForgetting(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::forgetLapsed, 1, 60, TimeUnit.MINUTES);
    }

    void forgetLapsed() {
        if (!leadership.leading()) {
            return;
        }
        try {
            mongo.database().getCollection("remembered_sign_ins").deleteMany(new Document("lapsesAt", new Document("$lt", Date.from(clock.instant()))));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting lapsed sign-ins failed; the next round tries again", e);
        }
    }

    private void markUsed(RememberedSignIn signIn, Instant now) {
        if (signIn.staleMarkAt(now)) {
            signIns.save(signIn.seenAt(now));
        }
    }
}
