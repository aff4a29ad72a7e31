package org.tradeexecutor.realtime.entity;

import java.time.Instant;

/** What the server sends: {@code {type, data, ts}} (PRODUCT R3). */
public record RealtimeMessage(String type, Object data, Instant ts) {
}
