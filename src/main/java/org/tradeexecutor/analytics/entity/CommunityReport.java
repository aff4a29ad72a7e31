package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A community's results over a date range (PRODUCT P6), from its daily rollups: per bucket, by provider, by asset
 * class, and the top traders. UTC days; P&L is realised (closed trades) after fees.
 *
 * @param from       the first day
 * @param to         the last day (included)
 * @param groupBy    day, week (from Monday) or month
 * @param totals     the whole range
 * @param buckets    one per day, week or month of the range, empty ones included
 * @param byProvider every provider with trades in the range, best P&L first
 * @param byAssetClass every asset class with trades in the range, best P&L first
 * @param topTraders the ten best traders by P&L among members who allow ranking; empty while the community does not
 *                   rank traders. Counted over the whole months the range touches.
 */
public record CommunityReport(LocalDate from, LocalDate to, String groupBy, Figures totals, List<Bucket> buckets, List<Slice> byProvider,
                              List<Slice> byAssetClass, List<Slice> topTraders) {

    /** @param trades closed trades  @param wins those with pnl > 0  @param winRate wins ÷ trades (null without trades)  @param pnl Σ pnl  @param signals signals taken */
    public record Figures(long trades, long wins, BigDecimal winRate, BigDecimal pnl, long signals) {
    }

    /** @param start the bucket's first day  @param figures its figures */
    public record Bucket(LocalDate start, Figures figures) {
    }

    /** @param id a provider id, an asset class or a user id  @param name its name  @param figures its figures (signals 0: not split) */
    public record Slice(String id, String name, Figures figures) {
    }
}
