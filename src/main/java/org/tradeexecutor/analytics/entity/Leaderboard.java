package org.tradeexecutor.analytics.entity;

import java.util.List;

/**
 * {@code GET /api/providers/leaderboard}: the community's providers with at least {@code minTrades} closed trades,
 * best first by {@code sort}, and apart the ones with fewer ("not enough trades" to rank).
 */
public record Leaderboard(String sort, int minTrades, List<ProviderTrackRecord> ranked, List<ProviderTrackRecord> notEnoughTrades) {
}
