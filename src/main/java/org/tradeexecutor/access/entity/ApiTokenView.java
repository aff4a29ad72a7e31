package org.tradeexecutor.access.entity;

import java.time.Instant;

/** A token as its owner sees it later: never the secret. */
public record ApiTokenView(String id, String name, String hint, Instant createdAt, Instant lastUsedAt) {

    public static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id(), token.name(), token.hint(), token.createdAt(), token.lastUsedAt());
    }
}
