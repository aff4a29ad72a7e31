package org.tradeexecutor.execution.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.execution.entity.AlpacaAccount;
import org.tradeexecutor.execution.entity.AlpacaOrder;
import org.tradeexecutor.execution.entity.AlpacaOrderRequest;
import org.tradeexecutor.execution.entity.AlpacaPosition;

import java.util.List;

/** The part of Alpaca's Trading API v2 the adapter uses, as a MicroProfile REST Client (built per account). */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AlpacaApi {

    String KEY_ID = "APCA-API-KEY-ID";
    String SECRET = "APCA-API-SECRET-KEY";

    @GET
    @Path("account")
    AlpacaAccount account(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret);

    @POST
    @Path("orders")
    AlpacaOrder submit(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret, AlpacaOrderRequest order);

    /** With {@code nested=true}: an OCO comes with its stop leg. */
    @GET
    @Path("orders:by_client_order_id")
    AlpacaOrder byClientOrderId(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret,
                                @QueryParam("client_order_id") String clientOrderId, @QueryParam("nested") boolean nested);

    /** The working orders of the account (status {@code open}), with their legs. */
    @GET
    @Path("orders")
    List<AlpacaOrder> openOrders(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret,
                                 @QueryParam("status") String status, @QueryParam("nested") boolean nested, @QueryParam("limit") int limit);

    @PATCH
    @Path("orders/{orderId}")
    AlpacaOrder replace(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret, @PathParam("orderId") String orderId,
                        AlpacaOrderRequest.StopChange change);

    @GET
    @Path("positions")
    List<AlpacaPosition> positions(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret);

    @DELETE
    @Path("orders/{orderId}")
    void cancel(@HeaderParam(KEY_ID) String keyId, @HeaderParam(SECRET) String secret, @PathParam("orderId") String orderId);
}
