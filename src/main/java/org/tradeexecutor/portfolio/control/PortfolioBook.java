package org.tradeexecutor.portfolio.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.platform.control.FailPoints;
import org.tradeexecutor.platform.control.StripedLocks;
import org.tradeexecutor.portfolio.entity.PortfolioChanged;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionClosed;
import org.tradeexecutor.portfolio.entity.PositionOpened;
import org.tradeexecutor.portfolio.entity.PositionStatus;
import org.tradeexecutor.portfolio.entity.Trade;
import org.tradeexecutor.portfolio.entity.TradeBooked;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Books every fill into the position of its provider (PRODUCT X8): a position opens with its first fill, a round trip
 * that returns to zero becomes a trade, announced as {@link TradeBooked} before the position is saved. Announces positions opened and closed and
 * a changed portfolio. Runs before the other observers of a fill (protective orders need the position as it is now).
 */
@ApplicationScoped
public class PortfolioBook {

    private static final StripedLocks LOCKS = new StripedLocks(1024);
    /** Fail point (docs/RELIABILITY.md): in the middle of booking a fill — its trade stored and counted, the position not. */
    public static final String BOOKING = "follow-up.booking";

    @Inject
    PositionRepository positions;

    @Inject
    TradeRepository trades;

    @Inject
    UserPositions userPositions;

    @Inject
    Event<TradeBooked> booked;

    @Inject
    Event<PositionOpened> opened;

    @Inject
    Event<PositionClosed> closed;

    @Inject
    Event<PortfolioChanged> changed;

    @Inject
    FailPoints failPoints;

    @Inject
    Clock clock;

    /**
     * Books what the report adds to the order's fills: an order filled at once is booked whole; one filling in parts is
     * booked report by report (each report's cumulative quantity and average price, less what was booked before).
     */
    void onFill(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) OrderFilled filled) {
        ExecutionView fill = filled.execution();
        if (fill.filledQuantity() == null || fill.filledQuantity().signum() == 0 || fill.averageFillPrice() == null) {
            return;
        }
        String id = Position.idOf(fill.userId(), fill.brokerConnectionId(), fill.symbol(), fill.providerId());
        Optional<Trade> trade;
        boolean opens;
        synchronized (LOCKS.lockFor(id)) {
            Position position = positions.findById(id)
                    .orElseGet(() -> new Position(filled.communityId(), fill.userId(), fill.brokerConnectionId(), fill.symbol(), fill.providerId()));
            Position.BookedFill before = position.booked(fill.id());
            if (fill.filledQuantity().compareTo(before.quantity()) <= 0) {
                return; // a report repeated, late, or replayed after a restart: in the position already
            }
            BigDecimal cumulativeFees = fill.fees() == null ? BigDecimal.ZERO : fill.fees();
            Position.BookedFill now = new Position.BookedFill(fill.filledQuantity(), fill.filledQuantity().multiply(fill.averageFillPrice()), cumulativeFees);
            BigDecimal quantity = now.quantity().subtract(before.quantity());
            BigDecimal price = now.value().subtract(before.value()).divide(quantity, MathContext.DECIMAL64);
            BigDecimal signed = fill.side() == OrderSide.BUY ? quantity : quantity.negate();
            boolean wasOpen = position.getStatus() == PositionStatus.OPEN && position.getQuantity().signum() != 0;
            // The fill's own time, not the booking's: booked again after a stop, it makes the same trade on the same day.
            Instant filledAt = fill.updatedAt() == null ? clock.instant() : fill.updatedAt();
            trade = position.fill(signed, price, cumulativeFees.subtract(before.fees()).max(BigDecimal.ZERO), fill.signalId(), filledAt);
            position.recordBooked(fill.id(), now);
            // Trade and its bookings before the position, whose saving is what marks the fill booked: a stop in between
            // books the fill again, which finds its trade stored (same id) and counted (analytics remembers it) — once, not lost.
            trade.ifPresent(t -> {
                trades.save(t);
                booked.fire(new TradeBooked(t));
            });
            failPoints.reach(BOOKING);
            positions.save(position);
            opens = !wasOpen || (trade.isPresent() && position.getStatus() == PositionStatus.OPEN);
        }
        // Announced after the lock is released: listeners may act on the position.
        trade.ifPresent(t -> closed.fire(new PositionClosed(filled.communityId(), fill.userId(), id, t)));
        if (opens) {
            opened.fire(new PositionOpened(filled.communityId(), fill.userId(), id, fill.symbol(), fill.providerId()));
        }
        changed.fire(new PortfolioChanged(filled.communityId(), fill.userId()));
    }

    public List<Position> openPositions(String userId) {
        return userPositions.of(userId).stream().filter(p -> p.getStatus() == PositionStatus.OPEN).toList();
    }

    public List<Trade> trades(String userId) {
        return trades.findByUserId(userId);
    }
}
