package org.tradeexecutor.portfolio.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.execution.control.ManualOrders;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionView;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;
import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A trader's open positions marked to the quotes, and closing one by hand (PRODUCT X8); for the API and the dashboard. */
@ApplicationScoped
public class TraderPositions {

    @Inject
    PortfolioBook book;

    @Inject
    ManualOrders manualOrders;

    @Inject
    QuoteFeed quotes;

    @Inject
    Memberships memberships;

    /** Oldest first. */
    public List<PositionView> open(String userId) {
        return book.openPositions(userId).stream().sorted(Comparator.comparing(Position::getOpenedAt)).map(this::marked).toList();
    }

    /**
     * Sends a market order for the whole position; a second click sends nothing more.
     *
     * @return empty when the trader has no such open position
     * @throws ActionRefused when the member may not reduce positions in that community (a viewer, a pending member)
     */
    public Optional<Closing> close(String userId, String positionId) {
        Optional<Position> position = book.openPositions(userId).stream().filter(p -> p.getId().equals(positionId)).findFirst();
        position.ifPresent(p -> memberships.require(userId, p.getCommunityId(), MemberAction.REDUCE));
        return position.map(p -> new Closing(manualOrders.close(userId, p.getCommunityId(), p.getProviderId(), p.getBrokerConnectionId(),
                new HeldPosition(p.getId(), p.getSymbol(), p.getQuantity(), p.getAverageEntry(), p.getEntrySignalId()), p.getOpenedAt(),
                "Closed by hand.")));
    }

    /** Marked to the current quote; without one, mark, value and unrealised P&L stay empty rather than made up. */
    private PositionView marked(Position p) {
        BigDecimal mark;
        try {
            mark = quotes.quote(p.getSymbol()).mid();
        } catch (QuoteUnavailableException e) {
            return new PositionView(p.getId(), p.getSymbol(), p.getProviderId(), p.getQuantity(), p.getAverageEntry(), null, null, null,
                    p.getRealisedPnl(), p.getOpenedAt());
        }
        Instrument instrument = Instrument.of(p.getSymbol()); // an option's value is contracts × mark × 100
        return new PositionView(p.getId(), p.getSymbol(), p.getProviderId(), p.getQuantity(), p.getAverageEntry(), mark,
                instrument.value(p.getQuantity(), mark).setScale(2, RoundingMode.HALF_UP),
                instrument.value(p.getQuantity(), mark.subtract(p.getAverageEntry())).setScale(2, RoundingMode.HALF_UP), p.getRealisedPnl(), p.getOpenedAt());
    }

    /** @param order the closing order; empty when the position's broker account was removed */
    public record Closing(Optional<ExecutionView> order) {
    }
}
