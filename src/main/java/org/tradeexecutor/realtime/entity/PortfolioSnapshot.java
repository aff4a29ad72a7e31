package org.tradeexecutor.realtime.entity;

import org.tradeexecutor.execution.entity.AccountView;
import org.tradeexecutor.portfolio.entity.PositionView;

import java.util.List;

/** The data of {@code portfolio.updated}: the primary account and the open positions, marked to the quotes. */
public record PortfolioSnapshot(AccountView account, List<PositionView> positions) {
}
