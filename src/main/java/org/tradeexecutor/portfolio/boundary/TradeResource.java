package org.tradeexecutor.portfolio.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.portfolio.control.PortfolioBook;
import org.tradeexecutor.portfolio.entity.Trade;

import java.util.Comparator;
import java.util.List;

/** The signed-in trader's finished round trips (PRODUCT X8), paged. */
@Path("trader/trades")
@Produces(MediaType.APPLICATION_JSON)
public class TradeResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortfolioBook book;

    /** Newest first. */
    @GET
    public Response trades(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Response.status(400).entity(new ApiError("invalid_request", "page ≥ 0 and 1 ≤ size ≤ " + MAX_PAGE_SIZE + ".")).build();
        }
        List<Trade> trades = book.trades(currentUser.require().id()).stream().sorted(Comparator.comparing(Trade::closedAt).reversed())
                .skip((long) page * size).limit(size).toList();
        return Response.ok(trades).build();
    }

}
