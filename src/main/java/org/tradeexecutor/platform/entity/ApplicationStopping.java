package org.tradeexecutor.platform.entity;

/**
 * CDI event: the application is stopping (a graceful stop). Observers run in {@code @Priority} order: {@code Draining}
 * first (intake closes), then the fan-outs in flight finish, then the live connections close.
 */
public record ApplicationStopping() {
}
