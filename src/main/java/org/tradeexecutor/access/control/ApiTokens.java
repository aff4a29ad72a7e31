package org.tradeexecutor.access.control;

import org.tradeexecutor.platform.control.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.tradeexecutor.access.entity.AccessEnded;
import org.tradeexecutor.access.entity.ApiToken;
import org.tradeexecutor.access.entity.ApiTokenView;
import org.tradeexecutor.access.entity.IssuedApiToken;
import org.tradeexecutor.access.entity.TokenScope;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Personal API tokens (PRODUCT A1): made, listed and revoked by their owner; checked on every Bearer request. */
@ApplicationScoped
public class ApiTokens {

    public static final int MAX_PER_USER = 10;
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_DAYS = 365;
    static final String PREFIX = "dte_";

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Event<AccessEnded> accessEnded;

    @Inject
    Clock clock;

    /** A new token or why not: the name is 1–60 characters, a user holds at most ten. */
    public sealed interface Issue {
        record Issued(IssuedApiToken token) implements Issue {
        }

        record Refused(String reason) implements Issue {
        }
    }

    /**
     * @param scope         "read" or "trade" (default)
     * @param expiresInDays 1 to {@value #MAX_DAYS}; null: until revoked
     */
    public Issue issue(AuditEvent.Actor owner, String name, String scope, Integer expiresInDays, AuditEvent.Origin origin) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            return new Issue.Refused("Name the token (1 to " + MAX_NAME_LENGTH + " characters), e.g. the script that will use it.");
        }
        Optional<TokenScope> parsedScope = TokenScope.parse(scope);
        if (parsedScope.isEmpty()) {
            return new Issue.Refused("scope is \"read\" (GET and the live connection only) or \"trade\".");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            return new Issue.Refused("expiresInDays is 1 to " + MAX_DAYS + ", or left out for a token that lasts until revoked.");
        }
        if (tokens.findByUserId(owner.userId()).size() >= MAX_PER_USER) {
            return new Issue.Refused("You hold " + MAX_PER_USER + " tokens already: revoke one first.");
        }
        String secret = SecretTokens.newSecret(PREFIX);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(new ObjectId().toHexString(), owner.userId(), label, secret.substring(0, PREFIX.length() + 4),
                SecretTokens.digest(secret), now, null, parsedScope.get(), expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays)));
        tokens.save(token);
        audit.record(new AuditEvent("auth.api_token_created", AuditOutcome.SUCCESS, owner, null, origin, "api token " + token.id(),
                label + " (" + token.effectiveScope().wireName() + (token.expiresAt() == null ? "" : ", until " + token.expiresAt()) + ")"));
        return new Issue.Issued(new IssuedApiToken(token.id(), label, secret, token.effectiveScope().wireName(), token.createdAt(), token.expiresAt()));
    }

    public List<ApiTokenView> of(String userId) {
        return tokens.findByUserId(userId).stream().sorted(Comparator.comparing(ApiToken::createdAt)).map(ApiTokenView::of).toList();
    }

    /** @return false when the user holds no such token (someone else's token is not found either) */
    public boolean revoke(AuditEvent.Actor owner, String tokenId, AuditEvent.Origin origin) {
        Optional<ApiToken> token = tokenId == null ? Optional.empty() : tokens.findById(tokenId).filter(t -> t.userId().equals(owner.userId()));
        token.ifPresent(revoked -> {
            tokens.delete(revoked);
            audit.record(new AuditEvent("auth.api_token_revoked", AuditOutcome.SUCCESS, owner, null, origin, "api token " + revoked.id(), revoked.name()));
            accessEnded.fire(AccessEnded.ofToken(revoked.userId(), revoked.id()));
        });
        return token.isPresent();
    }

    /** Revokes every token of the user (their password changed); answers how many. */
    public int revokeAll(AuditEvent.Actor owner, AuditEvent.Origin origin) {
        List<ApiToken> held = tokens.findByUserId(owner.userId());
        held.forEach(token -> revoke(owner, token.id(), origin));
        return held.size();
    }

    /** The token behind a Bearer secret, if it exists, has not expired and its owner's account is active. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findBySecretDigest(SecretTokens.digest(secret))
                .filter(token -> !token.expiredAt(now))
                .filter(token -> users.findById(token.userId()).filter(User::active).isPresent())
                .map(token -> {
                    if (token.staleMarkAt(now)) {
                        tokens.save(token.usedAt(now));
                    }
                    return token;
                });
    }
}
