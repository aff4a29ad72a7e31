package org.tradeexecutor.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.tradeexecutor.platform.control.Draining;
import org.tradeexecutor.platform.entity.ApiError;

/** While the application stops, webhooks (signals, billing) are refused with 503 and {@code Retry-After}: nothing is taken that might not be finished. */
@Provider
@PreMatching
public class IntakeClosedFilter implements ContainerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (Draining.active() && (path.startsWith("webhooks/") || path.startsWith("/webhooks/"))) {
            request.abortWith(Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("shutting_down", "This instance is stopping: send it again in " + RETRY_AFTER_SECONDS + " s (or to another instance).")).build());
        }
    }
}
