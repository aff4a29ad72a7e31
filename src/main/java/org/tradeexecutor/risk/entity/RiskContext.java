package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the risk gate needs about the trader at the moment of one order.
 *
 * @param profile   the trader's limits
 * @param account   the broker account
 * @param positions the open positions of that account
 * @param dailyPnl  realised and unrealised profit or loss since 00:00 UTC
 * @param breaker   the circuit breaker's state
 * @param now       the moment of the decision
 * @param communityHours when the community lets entries open positions, in its time zone
 */
public record RiskContext(RiskProfile profile, AccountSnapshot account, List<OpenPosition> positions, BigDecimal dailyPnl,
                          BreakerState breaker, Instant now, TradingHours communityHours) {

    /** Outside any community's hours (a closing order, a manual one). */
    public RiskContext(RiskProfile profile, AccountSnapshot account, List<OpenPosition> positions, BigDecimal dailyPnl, BreakerState breaker, Instant now) {
        this(profile, account, positions, dailyPnl, breaker, now, TradingHours.ALWAYS);
    }
}
