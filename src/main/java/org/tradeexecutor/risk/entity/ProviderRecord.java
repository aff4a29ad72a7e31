package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * A provider's closed trades as Kelly sizing needs them.
 *
 * @param trades      closed trades
 * @param winRate     wins ÷ trades (0–1)
 * @param averageWin  average gain of a winning trade, in percent
 * @param averageLoss average loss of a losing trade, in percent (positive)
 */
public record ProviderRecord(int trades, BigDecimal winRate, BigDecimal averageWin, BigDecimal averageLoss) {

    public static final ProviderRecord NONE = new ProviderRecord(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
}
