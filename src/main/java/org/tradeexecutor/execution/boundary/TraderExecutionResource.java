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
import org.tradeexecutor.execution.control.ExecutionRepository;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.AccountView;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.risk.entity.AccountSnapshot;

import java.util.Comparator;
import java.util.List;

/** The signed-in trader's own orders and account; confirmations of orders that wait for them. */
@Path("trader")
@Produces(MediaType.APPLICATION_JSON)
public class TraderExecutionResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExecutionRepository executions;

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
        List<ExecutionView> mine = executions.findByUserId(currentUser.require().id()).stream()
                .sorted(Comparator.comparing(Execution::getCreatedAt).reversed())
                .skip((long) page * size).limit(size).map(ExecutionView::of).toList();
        return Response.ok(mine).build();
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
        BrokerConnection account = connections.primaryOf(currentUser.require().id());
        AccountState state = connections.adapterFor(account).state(account);
        AccountSnapshot snapshot = state.snapshot();
        return new AccountView(account.id(), account.kind(), account.label(), snapshot.equity(), snapshot.cash(), snapshot.buyingPower(),
                state.dailyPnl());
    }

    private Response answer(String executionId, boolean confirmed) {
        return confirmations.answer(currentUser.require().id(), executionId, confirmed)
                .map(e -> Response.ok(ExecutionView.of(e)).build())
                .orElseGet(() -> Response.status(404).entity(new ApiError("not_found", "No order of yours waits for an answer under that id.")).build());
    }
}
