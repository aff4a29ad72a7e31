package org.tradeexecutor.access.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Duration;
import java.time.Instant;

/**
 * A personal API token (PRODUCT A1): REST calls and {@code /ws} connections of scripts and bots authenticate with
 * {@code Authorization: Bearer <token>}. The token is shown once, when it is made; only its digest is stored.
 *
 * @param hint         the token's first characters, so its owner can tell tokens apart
 * @param secretDigest SHA-256 of the token
 * @param lastUsedAt   marked at most once a minute; null before the first use
 * @param scope        what it may do; null (tokens made before scopes) is TRADE
 * @param expiresAt    when it stops working; null: until revoked
 */
@Entity("api_tokens")
public record ApiToken(@Id String id, @Column String userId, @Column String name, @Column String hint, @Column String secretDigest,
                       @Column @Convert(InstantAsDate.class) Instant createdAt, @Column @Convert(InstantAsDate.class) Instant lastUsedAt,
                       @Column TokenScope scope, @Column @Convert(InstantAsDate.class) Instant expiresAt) {

    public TokenScope effectiveScope() {
        return scope == null ? TokenScope.TRADE : scope;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Worth a write: never marked, or marked more than a minute ago (one write a minute per token at most). */
    public boolean staleMarkAt(Instant now) {
        return lastUsedAt == null || Duration.between(lastUsedAt, now).toSeconds() >= 60;
    }

    public ApiToken usedAt(Instant now) {
        return new ApiToken(id, userId, name, hint, secretDigest, createdAt, now, scope, expiresAt);
    }
}
