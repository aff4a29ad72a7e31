package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.ProviderRecords;
import org.tradeexecutor.analytics.entity.LeaderboardSort;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.InvalidRequest;
import org.tradeexecutor.platform.entity.QueryParameters;

import java.util.Optional;

/**
 * Providers' records (PRODUCT P4) and the leaderboard, for every member of the active community; a provider of
 * another community is not found.
 */
@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderRecordResource {

    static final int DEFAULT_MIN_TRADES = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProviderRecords records;

    @GET
    @Path("{providerId}/record")
    public Response record(@PathParam("providerId") String providerId) {
        return community().flatMap(c -> records.record(c, providerId))
                .map(r -> Response.ok(r).build())
                .orElseGet(ProviderRecordResource::noSuchProvider);
    }

    @GET
    @Path("{providerId}/equity")
    public Response equity(@PathParam("providerId") String providerId) {
        return community().flatMap(c -> records.record(c, providerId))
                .map(r -> Response.ok(records.equityCurve(providerId)).build())
                .orElseGet(ProviderRecordResource::noSuchProvider);
    }

    @GET
    @Path("leaderboard")
    public Response leaderboard(@QueryParam("sort") String sort, @QueryParam("minTrades") String minTrades) {
        LeaderboardSort by = sort == null || sort.isBlank() ? LeaderboardSort.PROFIT_FACTOR : LeaderboardSort.of(sort.trim())
                .orElseThrow(() -> new InvalidRequest("sort", "ranks by " + LeaderboardSort.names() + "."));
        int least = QueryParameters.number("minTrades", minTrades, DEFAULT_MIN_TRADES, 0, 1_000_000);
        return community().<Response>map(c -> Response.ok(records.leaderboard(c, by, least)).build())
                .orElseGet(() -> Response.status(404).entity(new ApiError("not_found", "You are not a member of a community.")).build());
    }

    private Optional<String> community() {
        return currentUser.require().activeCommunityId();
    }

    private static Response noSuchProvider() {
        return Response.status(404).entity(new ApiError("not_found", "No such provider in your community.")).build();
    }
}
