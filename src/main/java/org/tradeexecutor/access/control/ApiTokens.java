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
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Personal API tokens (PRODUCT A1): made, listed and revoked by their owner; checked on every Bearer request. */
@ApplicationScoped
public class ApiTokens {

    public static final int MAX_PER_USER = 10;
    public static final int MAX_NAME_LENGTH = 60;
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

    public Issue issue(AuditEvent.Actor owner, String name, AuditEvent.Origin origin) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            return new Issue.Refused("Name the token (1 to " + MAX_NAME_LENGTH + " characters), e.g. the script that will use it.");
        }
        if (tokens.findByUserId(owner.userId()).size() >= MAX_PER_USER) {
            return new Issue.Refused("You hold " + MAX_PER_USER + " tokens already: revoke one first.");
        }
        String secret = SecretTokens.newSecret(PREFIX);
        ApiToken token = new ApiToken(new ObjectId().toHexString(), owner.userId(), label, secret.substring(0, PREFIX.length() + 4),
                SecretTokens.digest(secret), clock.instant(), null);
        tokens.save(token);
        audit.record(new AuditEvent("auth.api_token_created", AuditOutcome.SUCCESS, owner, null, origin, "api token " + token.id(), label));
        return new Issue.Issued(new IssuedApiToken(token.id(), label, secret, token.createdAt()));
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

    /** The token behind a Bearer secret, if it exists and its owner's account is active. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findBySecretDigest(SecretTokens.digest(secret))
                .filter(token -> users.findById(token.userId()).filter(User::active).isPresent())
                .map(token -> {
                    if (token.staleMarkAt(now)) {
                        tokens.save(token.usedAt(now));
                    }
                    return token;
                });
    }
}
