package org.tradeexecutor.execution.entity;

import org.tradeexecutor.risk.entity.AccountSnapshot;
import org.tradeexecutor.risk.entity.OpenPosition;

import java.math.BigDecimal;
import java.util.List;

/**
 * A broker account read once for one decision: its value, open positions and today's result.
 *
 * @param dailyPnl profit or loss since 00:00 UTC, realised and unrealised
 */
public record AccountState(AccountSnapshot snapshot, List<OpenPosition> positions, BigDecimal dailyPnl) {
}
