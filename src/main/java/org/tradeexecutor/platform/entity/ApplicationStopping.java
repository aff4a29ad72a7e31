package org.tradeexecutor.platform.entity;

/**
 * CDI event: the application is stopping (a graceful stop). Observers run in {@code @Priority} order: {@code Draining}
 * first (intake closes), then the fan-outs in flight finish, then the live connections close. Observers that finish
 * work take it only if their bean exists ({@code Reception.IF_EXISTS}): a bean never made has nothing to finish, and
 * making one on the stopping thread, which has no application context, fails.
 */
public record ApplicationStopping() {
}
