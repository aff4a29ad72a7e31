package org.tradeexecutor.analytics.entity;

import java.math.BigDecimal;

/**
 * How a trader is doing (PRODUCT P1; {@code GET /api/trader/summary}). Periods are calendar periods in the trader's
 * time zone up to now (the week from Monday); realised counts trades closed in the period, unrealised is what the open
 * positions are worth against their entries now, and {@code pnl* = realised* + unrealised}. Ratios over every closed
 * trade, on money (docs/ANALYTICS.md).
 *
 * @param winRate         wins ÷ trades (0–1); null without trades
 * @param profitFactor    gross profit ÷ |gross loss|; null without losses
 * @param expectancy      money per trade: winRate · average win − lossRate · average loss
 * @param exposurePercent market value of the open positions ÷ the primary account's equity × 100
 * @param executionRate   filled entries ÷ valid entry signals of the followed providers since following (0–1); null
 *                        before any such signal
 * @param bestSymbol      the symbol with the highest realised total; null without trades
 */
public record TraderSummary(BigDecimal realisedToday, BigDecimal realisedWeek, BigDecimal realisedMonth, BigDecimal realisedTotal,
                            BigDecimal unrealised, BigDecimal pnlToday, BigDecimal pnlWeek, BigDecimal pnlMonth, BigDecimal pnlTotal,
                            int trades, int wins, int losses, BigDecimal winRate, BigDecimal profitFactor, BigDecimal expectancy,
                            BigDecimal exposurePercent, BigDecimal executionRate, int followedProviders, String bestSymbol, String worstSymbol) {
}
