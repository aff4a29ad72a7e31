package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.DashboardRouter;
import org.tradeexecutor.access.entity.RouteDecision;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;

import java.io.IOException;
import java.time.Duration;

/**
 * Applies {@link DashboardRouter} to every dashboard URL (authentication has already happened: the URLs are
 * protected in web.xml). Forbidden requests get the 403 page and an audit entry.
 */
@WebFilter(urlPatterns = {"/dashboard", "/dashboard/*"})
public class DashboardAccessFilter extends HttpFilter {

    /** Request attribute telling the page that a host is looking at the trader dashboard. */
    public static final String VIEWING_AS_TRADER = "viewingAsTrader";
    /** Request attribute with the reason shown on the 403 page. */
    public static final String FORBIDDEN_REASON = "forbiddenReason";

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityAuditLog audit;

    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        var user = currentUser.get();
        if (user.isEmpty()) {
            // Not reachable behind the security constraint; refuse rather than guess.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RouteDecision decision = DashboardRouter.decide(path, request.getQueryString(), user.get().host(), user.get().dualDashboard(),
                !user.get().memberships().isEmpty());
        metrics.timer("route.decisions", new Tag("decision", decision.label()))
                .update(Duration.ofNanos(System.nanoTime() - start));
        if (decision instanceof RouteDecision.Allow allow) {
            request.setAttribute(VIEWING_AS_TRADER, allow.viewingAsTrader());
            chain.doFilter(request, response);
        } else if (decision instanceof RouteDecision.Redirect redirect) {
            response.sendRedirect(request.getContextPath() + redirect.location());
        } else if (decision instanceof RouteDecision.Forbidden forbidden) {
            forbid(request, response, user.get(), path, forbidden.reason());
        }
    }

    private void forbid(HttpServletRequest request, HttpServletResponse response, SignedInUser user, String path, String reason) throws IOException {
        audit.record(new AuditEvent("access.forbidden", AuditOutcome.BLOCKED,
                user.actor(), user.activeCommunityId().orElse(null),
                RequestOrigins.of(request), path, reason));
        request.setAttribute(FORBIDDEN_REASON, reason);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, reason);
    }
}
