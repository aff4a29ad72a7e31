package org.tradeexecutor.access.entity;

import java.time.Instant;

/** A token just made: the only time its secret is shown. */
public record IssuedApiToken(String id, String name, String token, String scope, Instant createdAt, Instant expiresAt) {
}
