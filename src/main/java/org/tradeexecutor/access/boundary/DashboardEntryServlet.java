package org.tradeexecutor.access.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Claims the exact URL {@code /dashboard}. Without it the container answers the bare folder name with a 301 to
 * {@code /dashboard/} before any filter runs; with it, {@link DashboardAccessFilter} routes the request in one hop.
 */
@WebServlet(urlPatterns = "/dashboard")
public class DashboardEntryServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The filter always redirects /dashboard; reaching this means the filter was bypassed.
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
