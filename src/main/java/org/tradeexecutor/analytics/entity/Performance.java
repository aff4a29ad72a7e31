package org.tradeexecutor.analytics.entity;

import java.util.List;

/** {@code GET /api/trader/performance}: the period and bucket asked for and a point per bucket, empty ones included. */
public record Performance(String period, String bucket, List<PerformancePoint> points) {
}
