package org.tradeexecutor.platform.entity;

/** CDI event: this instance now does the once-only duties (at start, or because the one that did stopped). */
public record LeadershipGained(String instance) {
}
