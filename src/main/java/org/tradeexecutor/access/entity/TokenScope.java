package org.tradeexecutor.access.entity;

import java.util.Locale;
import java.util.Optional;

/** What a personal API token may do: {@code read} (GET and the live connection) or {@code trade} (everything its owner may). */
public enum TokenScope {
    READ, TRADE;

    /** "read" or "trade", any case; absent means trade. */
    public static Optional<TokenScope> parse(String scope) {
        if (scope == null || scope.isBlank()) {
            return Optional.of(TRADE);
        }
        return switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "read" -> Optional.of(READ);
            case "trade" -> Optional.of(TRADE);
            default -> Optional.empty();
        };
    }

    /** Whether a request with this HTTP method is within the scope (reading is always). */
    public boolean allows(String method) {
        return this == TRADE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
