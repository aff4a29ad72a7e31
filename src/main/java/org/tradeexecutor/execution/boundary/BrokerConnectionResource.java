package org.tradeexecutor.execution.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerConnectionView;
import org.tradeexecutor.execution.entity.BrokerKind;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.List;
import java.util.Optional;

/** The trader's broker accounts (PRODUCT T2): the paper account, and Alpaca accounts added, tested, made primary, removed. */
@Path("trader/broker-connections")
@Produces(MediaType.APPLICATION_JSON)
public class BrokerConnectionResource {

    private static final int MAX_FIELD = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrokerConnections connections;

    @Context
    HttpServletRequest request;

    /** @param paper Alpaca's paper-trading environment (true) or live money (false) */
    public record NewConnection(String kind, String label, String keyId, String secret, Boolean paper) {
    }

    /** @param problem why the broker did not answer, null when it did */
    public record TestResult(boolean ok, String problem) {
    }

    @GET
    public List<BrokerConnectionView> list() {
        return connections.of(currentUser.require().id()).stream().map(BrokerConnectionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response connect(NewConnection wanted) {
        SignedInUser user = currentUser.require();
        if (wanted == null || !BrokerKind.ALPACA.name().equalsIgnoreCase(wanted.kind()) || blank(wanted.keyId()) || blank(wanted.secret())
                || wanted.paper() == null || (wanted.label() != null && wanted.label().length() > MAX_FIELD)) {
            return Response.status(400).entity(new ApiError("invalid_request",
                    "kind ALPACA, keyId, secret and paper (true or false) are required; label is optional.")).build();
        }
        String label = blank(wanted.label()) ? (wanted.paper() ? "Alpaca paper" : "Alpaca live") : wanted.label().trim();
        BrokerConnections.Result result = connections.connectAlpaca(user.id(), label, wanted.keyId().trim(), wanted.secret().trim(),
                wanted.paper(), user.actor(), RequestOrigins.of(request));
        return result.connection() == null
                ? Response.status(400).entity(new ApiError("broker_refused", result.problem())).build()
                : Response.status(201).entity(BrokerConnectionView.of(result.connection())).build();
    }

    @POST
    @Path("{connectionId}/test")
    public Response test(@PathParam("connectionId") String connectionId) {
        return own(connectionId).map(c -> {
            Optional<String> problem = connections.test(c);
            return Response.ok(new TestResult(problem.isEmpty(), problem.orElse(null))).build();
        }).orElseGet(BrokerConnectionResource::notFound);
    }

    @PUT
    @Path("{connectionId}/primary")
    public Response primary(@PathParam("connectionId") String connectionId) {
        SignedInUser user = currentUser.require();
        return own(connectionId).map(c -> Response.ok(BrokerConnectionView.of(connections.makePrimary(c, user.actor(), RequestOrigins.of(request)))).build())
                .orElseGet(BrokerConnectionResource::notFound);
    }

    @DELETE
    @Path("{connectionId}")
    public Response remove(@PathParam("connectionId") String connectionId) {
        SignedInUser user = currentUser.require();
        Optional<BrokerConnection> connection = own(connectionId);
        if (connection.isEmpty()) {
            return notFound();
        }
        if (connection.get().kind() == BrokerKind.PAPER) {
            return Response.status(400).entity(new ApiError("invalid_request", "The paper account cannot be removed.")).build();
        }
        connections.remove(connection.get(), user.actor(), RequestOrigins.of(request));
        return Response.noContent().build();
    }

    private Optional<BrokerConnection> own(String connectionId) {
        String userId = currentUser.require().id();
        return connections.find(connectionId).filter(c -> c.userId().equals(userId));
    }

    private static Response notFound() {
        return Response.status(404).entity(new ApiError("not_found", "No such broker account of yours.")).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
