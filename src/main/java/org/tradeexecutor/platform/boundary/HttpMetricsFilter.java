package org.tradeexecutor.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.io.IOException;
import java.time.Duration;

/**
 * What an operator watches during a rollout (docs/DEPLOYMENT.md): every answer timed by area and status class,
 * {@code http_requests_seconds{area, status}} — the error rate is the 5xx share, the latency its percentiles. Few tags,
 * so the series stay few: the area is the kind of address, never the address.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpMetricsFilter extends HttpFilter {

    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // what the container answers for what escapes
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String area = area(request.getRequestURI().substring(request.getContextPath().length()));
            if (area != null) {
                metrics.timer("http.requests", new Tag("area", area), new Tag("status", status / 100 + "xx"))
                        .update(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /** The kind of address; null for the operators' own probes and scrapes, which would drown the rest. */
    static String area(String path) {
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            return null;
        }
        if (path.startsWith("/api/webhooks/")) {
            return "webhooks";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/ws")) {
            return "websocket";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "static";
        }
        return "pages";
    }
}
