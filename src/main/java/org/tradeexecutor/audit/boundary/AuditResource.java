package org.tradeexecutor.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.control.AuditTrail;

/**
 * The audit log (PRODUCT C7), newest first, the count of every matching entry in {@code X-Total-Count}: a host reads
 * their community's entries, a platform admin every community's ({@code community} narrows to one). The same
 * entries as CSV: {@link AuditExportResource}.
 */
@Path("community/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail trail;

    @GET
    public Response entries(@QueryParam("community") String community, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditTrail.Page found = trail.page(AuditParameters.of(currentUser, community, from, to, actor, action, outcome, page, size));
        return Response.ok(found.entries()).header("X-Total-Count", found.total()).build();
    }
}
