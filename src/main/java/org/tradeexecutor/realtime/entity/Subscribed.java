package org.tradeexecutor.realtime.entity;

/** CDI event: a user's client subscribed to a topic (a portfolio subscriber gets the current state at once). */
public record Subscribed(String userId, Topic topic) {
}
