package org.tradeexecutor.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeexecutor.platform.control.CorrelationIds;

import java.io.IOException;

/**
 * Every HTTP request gets a correlation id (PRODUCT O6): the sender's {@code X-Request-Id} when it is a short printable
 * token, a new one otherwise; it is answered in {@code X-Request-Id} always, and set for the request's thread, so the
 * log lines of the request and the signal it may bring carry it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "tradeexecutor.requestId";

    /**
     * The request's id, given to it (and to the answer's header) the first time it is asked: the authentication
     * mechanism asks before any filter runs, so its refusals carry the id too.
     */
    public static String assign(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ATTRIBUTE) instanceof String assigned) {
            return assigned;
        }
        String id = CorrelationIds.acceptOrNew(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        return id;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String id = assign(request, response);
        try (CorrelationIds.Scope scope = CorrelationIds.open(id)) {
            chain.doFilter(request, response);
        }
    }

}
