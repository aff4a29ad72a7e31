package org.tradeexecutor.access.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.entity.DiscordIdentity;
import org.tradeexecutor.access.entity.DiscordProfile;
import org.tradeexecutor.access.entity.DiscordSignInFailed;
import org.tradeexecutor.access.entity.DiscordSignInProblem;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.control.MongoConnection;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts of people who sign in with Discord (PRODUCT A1). A Discord account is found by its user id alone; the first
 * sign-in creates an account (no password: it signs in through Discord only), later ones find it, and a signed-in
 * user may link one. Claiming the Discord id is one insert keyed by it, so two sign-ins at once make one account.
 * Every outcome is audited and counted ({@code logins{channel=discord}}).
 */
@ApplicationScoped
public class DiscordAccounts {

    static final String RESOURCE = "/login/discord";

    @Inject
    DiscordIdentityRepository identities;

    @Inject
    UserRepository users;

    @Inject
    MongoConnection mongo;

    @Inject
    SecurityAuditLog audit;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    /** The account this Discord user signs in to, created on the first sign-in; blocked accounts are refused. */
    public User signIn(DiscordProfile profile, AuditEvent.Origin origin) {
        Instant now = clock.instant();
        DiscordIdentity identity = identities.findById(profile.id()).orElseGet(() -> claim(profile, new ObjectId().toHexString(), now));
        identity.seen(profile, now);
        identities.save(identity);
        User user = users.findById(identity.getUserId()).orElseGet(() -> create(identity.getUserId(), profile, now, origin));
        if (!user.active()) {
            failed(DiscordSignInProblem.ACCOUNT_BLOCKED, new AuditEvent.Actor(user.getId(), user.getUsername()), origin, user.getStatus().name());
            throw new DiscordSignInFailed(DiscordSignInProblem.ACCOUNT_BLOCKED, "account " + user.getStatus());
        }
        user.signedInAt(now);
        users.save(user);
        metrics.counter("logins", new Tag("outcome", "success"), new Tag("channel", "discord")).inc();
        audit.record(new AuditEvent("auth.login", AuditOutcome.SUCCESS, new AuditEvent.Actor(user.getId(), user.getUsername()), null, origin,
                RESOURCE, "discord " + profile.id()));
        return user;
    }

    /** Links the Discord account to a signed-in user; one linked to someone else is refused. */
    public void link(User user, DiscordProfile profile, AuditEvent.Origin origin) {
        Instant now = clock.instant();
        AuditEvent.Actor actor = new AuditEvent.Actor(user.getId(), user.getUsername());
        DiscordIdentity identity = identities.findById(profile.id()).orElseGet(() -> claim(profile, user.getId(), now));
        if (!identity.getUserId().equals(user.getId())) {
            failed(DiscordSignInProblem.ALREADY_LINKED, actor, origin, "discord " + profile.id());
            throw new DiscordSignInFailed(DiscordSignInProblem.ALREADY_LINKED, "discord " + profile.id() + " belongs to " + identity.getUserId());
        }
        identity.seen(profile, now);
        identities.save(identity);
        user.linkDiscord(profile.id());
        users.save(user);
        audit.record(new AuditEvent("auth.discord_linked", AuditOutcome.SUCCESS, actor, null, origin, RESOURCE, "discord " + profile.id()));
    }

    /** The servers the user was in at their last Discord sign-in (none when not linked). */
    public Optional<DiscordIdentity> of(User user) {
        return Optional.ofNullable(user.getDiscordUserId()).flatMap(identities::findById);
    }

    /** A sign-in that ended without one: audited with its code, counted. */
    public void failed(DiscordSignInProblem problem, AuditEvent.Actor actor, AuditEvent.Origin origin, String detail) {
        metrics.counter("logins", new Tag("outcome", "failure"), new Tag("channel", "discord")).inc();
        audit.record(new AuditEvent("auth.failed_login", problem == DiscordSignInProblem.ACCOUNT_BLOCKED ? AuditOutcome.BLOCKED : AuditOutcome.FAILURE,
                actor, null, origin, RESOURCE, problem.code() + (detail == null || detail.isBlank() ? "" : ": " + detail)));
    }

    /** Takes the Discord id for this user in one insert; whoever inserted first owns it. */
    private DiscordIdentity claim(DiscordProfile profile, String userId, Instant now) {
        try {
            mongo.database().getCollection("discord_identities").insertOne(new Document("_id", profile.id()).append("userId", userId)
                    .append("username", profile.username()).append("guildIds", profile.guildIds()).append("linkedAt", Date.from(now))
                    .append("seenAt", Date.from(now)));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return identities.findById(profile.id()).orElseThrow(() -> new IllegalStateException("discord identity " + profile.id() + " vanished"));
    }

    private User create(String userId, DiscordProfile profile, Instant now, AuditEvent.Origin origin) {
        User user = new User(userId, freeUsername(profile), profile.displayName(), null, false, now);
        user.linkDiscord(profile.id());
        users.save(user);
        audit.record(new AuditEvent("auth.account_created", AuditOutcome.SUCCESS, new AuditEvent.Actor(user.getId(), user.getUsername()), null, origin,
                RESOURCE, "discord " + profile.id()));
        return user;
    }

    /** The Discord username when nobody here has it, otherwise it with the end of the Discord id. */
    private String freeUsername(DiscordProfile profile) {
        String wanted = Authenticator.normalize(profile.username()).replaceAll("[^a-z0-9_.-]", "");
        String base = wanted.isEmpty() ? "discord" : wanted;
        if (users.findByUsername(base).isEmpty()) {
            return base;
        }
        String id = profile.id().toLowerCase(Locale.ROOT);
        for (int digits = 4; digits <= id.length(); digits += 4) {
            String candidate = base + "-" + id.substring(Math.max(0, id.length() - digits));
            if (users.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
        return base + "-" + new ObjectId().toHexString();
    }
}
