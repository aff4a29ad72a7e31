package org.tradeexecutor.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.entity.AuditQuery;

/**
 * Every entry {@code /community/audit} matches with the same parameters, as CSV, streamed. A class of its own: JAX-RS
 * routes {@code community/audit.csv} to the resource whose path is its longest prefix, and {@code community/audit} is not one.
 */
@Path("community/audit.csv")
public class AuditExportResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditCsv csv;

    @GET
    @Produces({"text/csv; charset=UTF-8", MediaType.APPLICATION_JSON}) // the address says CSV, whatever the client accepts; errors are JSON
    public Response export(@QueryParam("community") String community, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("outcome") String outcome) {
        AuditQuery query = AuditParameters.of(currentUser, community, from, to, actor, action, outcome, null, null).allPages();
        StreamingOutput body = out -> csv.write(query, out);
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }
}
