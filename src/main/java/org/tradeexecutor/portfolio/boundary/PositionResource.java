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
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.portfolio.control.TraderPositions;
import org.tradeexecutor.portfolio.entity.PositionView;

import java.util.List;
import java.util.Optional;

/** The signed-in trader's open positions (per provider, marked to the quotes), and closing one by hand (PRODUCT X8). */
@Path("trader/positions")
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TraderPositions positions;

    @GET
    public List<PositionView> positions() {
        return positions.open(currentUser.require().id());
    }

    /** A market order for the whole position; clicking twice sends one order. */
    @POST
    @Path("{positionId}/close")
    public Response close(@PathParam("positionId") String positionId) {
        Optional<TraderPositions.Closing> closing = positions.close(currentUser.require().id(), positionId);
        if (closing.isEmpty()) {
            return Response.status(404).entity(new ApiError("not_found", "No open position of yours under that id.")).build();
        }
        return closing.get().order().map(e -> Response.status(202).entity(e).build())
                .orElseGet(() -> Response.status(409).entity(new ApiError("broker_gone", "The position's broker account was removed.")).build());
    }
}
