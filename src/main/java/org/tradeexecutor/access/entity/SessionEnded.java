package org.tradeexecutor.access.entity;

/** CDI event: a signed-in HTTP session ended (signed out, invalidated or expired); what it opened must close. */
public record SessionEnded(String userId, String sessionId) {
}
