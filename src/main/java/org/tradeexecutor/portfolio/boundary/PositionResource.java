package org.tradeexecutor.portfolio.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.execution.control.ManualOrders;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.portfolio.control.PortfolioBook;
import org.tradeexecutor.portfolio.entity.Position;
import org.tradeexecutor.portfolio.entity.PositionView;
import org.tradeexecutor.quotes.control.QuoteFeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The signed-in trader's open positions (per provider, marked to the quotes), and closing one by hand (PRODUCT X8). */
@Path("trader/positions")
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PortfolioBook book;

    @Inject
    ManualOrders manualOrders;

    @Inject
    QuoteFeed quotes;

    @GET
    public List<PositionView> positions() {
        return book.openPositions(currentUser.require().id()).stream().sorted(Comparator.comparing(Position::getOpenedAt)).map(p -> {
            BigDecimal mark = quotes.quote(p.getSymbol()).mid();
            return new PositionView(p.getId(), p.getSymbol(), p.getProviderId(), p.getQuantity(), p.getAverageEntry(), mark,
                    p.getQuantity().multiply(mark).setScale(2, RoundingMode.HALF_UP),
                    mark.subtract(p.getAverageEntry()).multiply(p.getQuantity()).setScale(2, RoundingMode.HALF_UP), p.getRealisedPnl(), p.getOpenedAt());
        }).toList();
    }

    /** A market order for the whole position; clicking twice sends one order. */
    @POST
    @Path("{positionId}/close")
    public Response close(@PathParam("positionId") String positionId) {
        String userId = currentUser.require().id();
        Optional<Position> position = book.openPositions(userId).stream().filter(p -> p.getId().equals(positionId)).findFirst();
        if (position.isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "No open position of yours under that id.")).build();
        }
        Position p = position.get();
        return manualOrders.close(userId, p.getCommunityId(), p.getProviderId(), p.getBrokerConnectionId(),
                        new HeldPosition(p.getId(), p.getSymbol(), p.getQuantity(), p.getAverageEntry(), p.getEntrySignalId()), p.getOpenedAt(), "Closed by hand.")
                .map(e -> Response.status(202).entity(e).build())
                .orElseGet(() -> Response.status(409).entity(new ApiError("broker_gone", "The position's broker account was removed.")).build());
    }
}
