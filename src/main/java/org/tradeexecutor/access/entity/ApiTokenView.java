package org.tradeexecutor.access.entity;

import java.time.Instant;

/** A token as its owner sees it later: never the secret. */
public record ApiTokenView(String id, String name, String hint, String scope, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

    public static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id(), token.name(), token.hint(), token.effectiveScope().wireName(), token.createdAt(), token.lastUsedAt(),
                token.expiresAt());
    }
}
