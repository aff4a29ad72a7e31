package org.tradeexecutor.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.platform.entity.InvalidRequest;

/** A parameter the API cannot use: 400 JSON naming it. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {

    @Override
    public Response toResponse(InvalidRequest exception) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new ApiError("invalid_request", exception.getMessage())).build();
    }
}
