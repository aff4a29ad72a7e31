package org.tradeexecutor.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.util.Locale;

/**
 * Every page and API answer says how long the server took ({@code Server-Timing: app;dur=12.3}, milliseconds, from the
 * request's arrival), which the dashboards' benchmark reads. A page is buffered (up to {@value #BUFFER} bytes) so the
 * header can follow its rendering; an API answer gets it when its entity is about to be written (a streamed export
 * therefore says how long the server took to start it).
 */
@WebFilter(urlPatterns = {"/api/*", "/dashboard/*"}, asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int BUFFER = 512 * 1024;
    private static final String STARTED = ServerTimingFilter.class.getName() + ".started";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // A page forwarded to (a provider's page) is timed from the original request: the forward closes the response.
        long started = request.getAttribute(STARTED) instanceof Long first ? first : System.nanoTime();
        request.setAttribute(STARTED, started);
        if (!response.isCommitted()) {
            response.setBufferSize(Math.max(response.getBufferSize(), BUFFER));
        }
        chain.doFilter(request, response);
        if (!response.isCommitted() && !request.isAsyncStarted() && !response.containsHeader("Server-Timing")) {
            response.setHeader("Server-Timing", value(started));
        }
    }

    static String value(long started) {
        return String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6);
    }

    /** The API's side: JAX-RS writes and commits the answer itself, so the header goes on before it does. */
    @Provider
    public static class ApiTiming implements ContainerResponseFilter {

        @Context
        HttpServletRequest request;

        @Override
        public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
            if (request != null && request.getAttribute(STARTED) instanceof Long started) {
                responseContext.getHeaders().putSingle("Server-Timing", value(started));
            }
        }
    }
}
