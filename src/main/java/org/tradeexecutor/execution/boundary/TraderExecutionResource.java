package org.tradeexecutor.execution.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.execution.control.Confirmations;
import org.tradeexecutor.execution.control.TraderOrders;
import org.tradeexecutor.execution.entity.AccountView;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.platform.entity.ApiError;


/** The signed-in trader's own orders and account; confirmations of orders that wait for them. */
@Path("trader")
@Produces(MediaType.APPLICATION_JSON)
public class TraderExecutionResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    TraderOrders orders;

    @Inject
    Confirmations confirmations;

    @Inject
    BrokerConnections connections;


    /** Newest first. */
    @GET
    @Path("executions")
    public Response executions(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Response.status(400).entity(new ApiError("invalid_request", "page ≥ 0 and 1 ≤ size ≤ " + MAX_PAGE_SIZE + ".")).build();
        }
        return Response.ok(orders.recent(currentUser.require().id(), page, size)).build();
    }

    @POST
    @Path("executions/{executionId}/confirm")
    public Response confirm(@PathParam("executionId") String executionId) {
        return answer(executionId, true);
    }

    @POST
    @Path("executions/{executionId}/decline")
    public Response decline(@PathParam("executionId") String executionId) {
        return answer(executionId, false);
    }

    @GET
    @Path("account")
    public AccountView account() {
        return connections.accountOf(currentUser.require().id());
    }

    private Response answer(String executionId, boolean confirmed) {
        return confirmations.answer(currentUser.require().id(), executionId, confirmed)
                .map(e -> Response.ok(ExecutionView.of(e)).build())
                .orElseGet(() -> Response.status(404).entity(new ApiError("not_found", "No order of yours waits for an answer under that id.")).build());
    }
}
