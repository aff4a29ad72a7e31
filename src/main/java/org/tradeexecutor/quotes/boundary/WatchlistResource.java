package org.tradeexecutor.quotes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.quotes.control.Watchlists;
import org.tradeexecutor.quotes.entity.Watchlist;

/** The signed-in trader's watchlist (PRODUCT T5); live quotes of its symbols come over {@code /ws} (topic quotes). */
@Path("trader/watchlist")
@Produces(MediaType.APPLICATION_JSON)
public class WatchlistResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Watchlists watchlists;

    /** @param symbol the symbol to add */
    public record Addition(String symbol) {
    }

    @GET
    public Watchlist get() {
        return watchlists.of(currentUser.require().id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Addition addition) {
        String userId = currentUser.require().id();
        return watchlists.add(userId, addition == null ? null : addition.symbol())
                .map(problem -> Response.status(400).entity(new ApiError("invalid_symbol", problem)).build())
                .orElseGet(() -> Response.ok(watchlists.of(userId)).build());
    }

    @DELETE
    @Path("{symbol}")
    public Watchlist remove(@PathParam("symbol") String symbol) {
        String userId = currentUser.require().id();
        watchlists.remove(userId, symbol);
        return watchlists.of(userId);
    }
}
