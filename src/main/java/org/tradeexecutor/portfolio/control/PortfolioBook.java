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
import org.tradeexecutor.execution.entity.SliceFilled;
import org.tradeexecutor.platform.control.EntityDocuments;
import org.tradeexecutor.platform.control.FailPoints;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.control.StripedLocks;
import org.tradeexecutor.portfolio.entity.PortfolioChanged;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionClosed;
import org.tradeexecutor.portfolio.entity.PositionOpened;
import org.tradeexecutor.portfolio.entity.PositionStatus;
import org.tradeexecutor.portfolio.entity.Trade;
import org.tradeexecutor.portfolio.entity.TradeBooked;
import org.tradeexecutor.portfolio.entity.TradesBooked;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    private static final String POSITIONS = "positions";
    private static final String TRADES = "trades";

    @Inject
    PositionRepository positions;

    @Inject
    TradeRepository trades;

    @Inject
    UserPositions userPositions;

    @Inject
    Event<TradeBooked> booked;

    @Inject
    Event<TradesBooked> allBooked;

    @Inject
    Event<PositionOpened> opened;

    @Inject
    Event<PositionClosed> closed;

    @Inject
    Event<PortfolioChanged> changed;

    @Inject
    FailPoints failPoints;

    @Inject
    EntityDocuments documents;

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    /**
     * Books what the report adds to the order's fills: an order filled at once is booked whole; one filling in parts is
     * booked report by report (each report's cumulative quantity and average price, less what was booked before).
     */
    void onFill(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) OrderFilled filled) {
        ExecutionView fill = filled.execution();
        if (filled.withSlice() || !bookable(fill)) {
            return; // a slice's fills are booked together (onSlice)
        }
        String id = positionIdOf(fill);
        Optional<Booking> booking;
        synchronized (LOCKS.lockFor(id)) {
            Position position = positions.findById(id).orElseGet(() -> newPosition(fill));
            booking = book(position, fill);
            if (booking.isEmpty()) {
                return;
            }
            // Trade and its bookings before the position, whose saving is what marks the fill booked: a stop in between
            // books the fill again, which finds its trade stored (same id) and counted (analytics remembers it) — once, not lost.
            booking.get().trade().ifPresent(t -> {
                trades.save(t);
                booked.fire(new TradeBooked(t));
            });
            failPoints.reach(BOOKING);
            positions.save(position);
        }
        announce(booking.get());
    }

    /**
     * A fan-out slice's fills, booked as {@link #onFill} books each, in one read and two writes for all: their
     * positions read together and, holding all their locks, the trades they close written (and counted) before the
     * positions, as there.
     */
    void onSlice(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) SliceFilled slice) {
        List<ExecutionView> fills = slice.fills().stream().filter(PortfolioBook::bookable).toList();
        if (fills.isEmpty()) {
            return;
        }
        Set<String> ids = fills.stream().map(PortfolioBook::positionIdOf).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Booking> bookings = new ArrayList<>();
        LOCKS.withAll(ids, () -> {
            Map<String, Position> byId = new HashMap<>();
            positions.findByIdIn(ids).forEach(p -> byId.put(p.getId(), p));
            Map<String, Position> touched = new LinkedHashMap<>();
            for (ExecutionView fill : fills) {
                Position position = byId.computeIfAbsent(positionIdOf(fill), id -> newPosition(fill));
                book(position, fill).ifPresent(booking -> {
                    bookings.add(booking);
                    touched.put(position.getId(), position);
                });
            }
            List<Trade> made = bookings.stream().map(Booking::trade).flatMap(Optional::stream).toList();
            documents.saveAll(mongo.database().getCollection(TRADES), made);
            if (!made.isEmpty()) {
                allBooked.fire(new TradesBooked(made));
            }
            bookings.forEach(b -> failPoints.reach(BOOKING));
            documents.saveAll(mongo.database().getCollection(POSITIONS), List.copyOf(touched.values()));
        });
        bookings.forEach(this::announce);
    }

    /** What one fill did to its position: the round trip it finished, if any, and whether a position opened. */
    private record Booking(ExecutionView fill, String positionId, Optional<Trade> trade, boolean opens) {
    }

    private static boolean bookable(ExecutionView fill) {
        return fill.filledQuantity() != null && fill.filledQuantity().signum() != 0 && fill.averageFillPrice() != null;
    }

    private static String positionIdOf(ExecutionView fill) {
        return Position.idOf(fill.userId(), fill.brokerConnectionId(), fill.symbol(), fill.providerId());
    }

    private static Position newPosition(ExecutionView fill) {
        return new Position(fill.communityId(), fill.userId(), fill.brokerConnectionId(), fill.symbol(), fill.providerId());
    }

    /** Takes into the position what the fill adds to what was booked of its order; empty when it adds nothing. */
    private Optional<Booking> book(Position position, ExecutionView fill) {
        Position.BookedFill before = position.booked(fill.id());
        if (fill.filledQuantity().compareTo(before.quantity()) <= 0) {
            return Optional.empty(); // a report repeated, late, or replayed after a restart: in the position already
        }
        BigDecimal cumulativeFees = fill.fees() == null ? BigDecimal.ZERO : fill.fees();
        Position.BookedFill now = new Position.BookedFill(fill.filledQuantity(), fill.filledQuantity().multiply(fill.averageFillPrice()), cumulativeFees);
        BigDecimal quantity = now.quantity().subtract(before.quantity());
        BigDecimal price = now.value().subtract(before.value()).divide(quantity, MathContext.DECIMAL64);
        BigDecimal signed = fill.side() == OrderSide.BUY ? quantity : quantity.negate();
        boolean wasOpen = position.getStatus() == PositionStatus.OPEN && position.getQuantity().signum() != 0;
        // The fill's own time, not the booking's: booked again after a stop, it makes the same trade on the same day.
        Instant filledAt = fill.updatedAt() == null ? clock.instant() : fill.updatedAt();
        Optional<Trade> trade = position.fill(signed, price, cumulativeFees.subtract(before.fees()).max(BigDecimal.ZERO), fill.signalId(), filledAt);
        position.recordBooked(fill.id(), now);
        boolean opens = !wasOpen || (trade.isPresent() && position.getStatus() == PositionStatus.OPEN);
        return Optional.of(new Booking(fill, position.getId(), trade, opens));
    }

    /** Announced after the lock is released: listeners may act on the position. */
    private void announce(Booking booking) {
        ExecutionView fill = booking.fill();
        booking.trade().ifPresent(t -> closed.fire(new PositionClosed(fill.communityId(), fill.userId(), booking.positionId(), t)));
        if (booking.opens()) {
            opened.fire(new PositionOpened(fill.communityId(), fill.userId(), booking.positionId(), fill.symbol(), fill.providerId()));
        }
        changed.fire(new PortfolioChanged(fill.communityId(), fill.userId()));
    }

    public List<Position> openPositions(String userId) {
        return userPositions.of(userId).stream().filter(p -> p.getStatus() == PositionStatus.OPEN).toList();
    }

    public List<Trade> trades(String userId) {
        return trades.findByUserId(userId);
    }
}
