package org.tradeexecutor.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.Map;

/**
 * An HTTP error Jersey or a resource raises without a body (an empty body where one is needed, an unknown path, a
 * method not allowed) answers JSON {@code {error, message}} like every other API error, not the container's HTML page;
 * its status and headers (e.g. {@code Allow}) stay.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, ApiError> ERRORS = Map.of(
            400, new ApiError("invalid_request", "body: this request takes a JSON body, and it was empty or unreadable."),
            401, new ApiError("unauthorized", "Sign in, or send an API token."),
            403, new ApiError("forbidden", "You may not do this."),
            404, new ApiError("not_found", "Nothing is here."),
            405, new ApiError("method_not_allowed", "This path does not take that method."),
            406, new ApiError("not_acceptable", "This path answers JSON."),
            415, new ApiError("unsupported_media_type", "Send the body as application/json."));

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity() || response.getStatus() < 400) {
            return response;
        }
        ApiError error = ERRORS.getOrDefault(response.getStatus(), new ApiError("http_" + response.getStatus(),
                response.getStatusInfo().getReasonPhrase()));
        return Response.fromResponse(response).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
