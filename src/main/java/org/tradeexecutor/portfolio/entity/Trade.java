package org.tradeexecutor.portfolio.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;
import org.tradeexecutor.platform.entity.MoneyAsDecimal128;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round trip of a position (PRODUCT X8; reference §6.4 fixed): average entry and exit, P&L after fees, P&L %
 * ((exit − entry) ÷ entry, reversed for shorts; fees excluded), hold time.
 */
@Entity("trades")
public record Trade(@Id String id, @Column String communityId, @Column String userId, @Column String brokerConnectionId,
                    @Column String providerId, @Column String symbol, @Column String direction,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal quantity,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal entryPrice,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal exitPrice,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal pnl,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal pnlPercent,
                    @Column @Convert(MoneyAsDecimal128.class) BigDecimal fees,
                    @Column String entrySignalId, @Column String exitSignalId,
                    @Column @Convert(InstantAsDate.class) Instant openedAt, @Column @Convert(InstantAsDate.class) Instant closedAt,
                    @Column long holdSeconds) {

    /** A round trip is known by its position and when it opened: booked again, it is the same trade. */
    public static String idOf(String positionId, Instant openedAt) {
        return positionId + "|" + openedAt.toEpochMilli();
    }

    /** pnl > 0 wins, pnl < 0 loses, zero is even (fees included). */
    public int outcome() {
        return pnl.signum();
    }
}
