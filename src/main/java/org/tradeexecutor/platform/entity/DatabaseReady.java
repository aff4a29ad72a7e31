package org.tradeexecutor.platform.entity;

/**
 * CDI event fired once at start-up after the database is reachable and its indexes exist.
 *
 * @param embedded whether the app runs on its embedded store (demo mode by default)
 */
public record DatabaseReady(boolean embedded) {
}
