package org.tradeexecutor.analytics.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.ProviderRecords;
import org.tradeexecutor.analytics.entity.ProviderTrackRecord;

import java.io.IOException;
import java.util.Optional;

/**
 * A provider's page, {@code /dashboard/providers/{id}} (PRODUCT P4): the record of a provider of the active community
 * is handed to dashboard/provider.xhtml; any other id is not found (as {@code GET /api/providers/{id}/record} answers).
 */
@WebServlet(urlPatterns = "/dashboard/providers/*")
public class ProviderPageServlet extends HttpServlet {

    /** Request attribute carrying the record to the page. */
    static final String RECORD = "providerRecord";

    @Inject
    CurrentUser currentUser;

    @Inject
    ProviderRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<ProviderTrackRecord> record = path.isEmpty() || path.contains("/") ? Optional.empty()
                : currentUser.require().activeCommunityId().flatMap(c -> records.record(c, path));
        if (record.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such provider in your community.");
            return;
        }
        request.setAttribute(RECORD, record.get());
        request.getRequestDispatcher("/dashboard/provider.xhtml").forward(request, response);
    }
}
