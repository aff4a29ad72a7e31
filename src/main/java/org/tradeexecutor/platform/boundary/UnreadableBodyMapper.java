package org.tradeexecutor.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that is not the JSON a resource reads (cut off, wrong types): 400 JSON, where Jersey would answer 500.
 * Any other processing failure is the server's: 500, still as JSON, and logged.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        Throwable unreadable = null; // the deepest JSON cause says best what is wrong with the body
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                unreadable = cause;
            }
        }
        if (unreadable != null) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("invalid_request", "body: is not the JSON this request takes (" + firstLine(unreadable.getMessage()) + ")")).build();
        }
        LOG.log(Level.SEVERE, "Could not process a request", exception);
        return Response.status(500).type(MediaType.APPLICATION_JSON).entity(new ApiError("internal_error", "The server could not process this request.")).build();
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
