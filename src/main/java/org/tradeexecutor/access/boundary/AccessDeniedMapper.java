package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.platform.entity.AccessDeniedException;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.platform.entity.ApiError;

/** What the user may not do on the API (a missing role, a viewer trading, a suspended host hosting): 403 JSON, audited. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityAuditLog audit;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        var user = currentUser.get();
        audit.record(new AuditEvent("access.forbidden", AuditOutcome.BLOCKED,
                user.map(SignedInUser::actor).orElse(AuditEvent.Actor.ANONYMOUS),
                user.flatMap(u -> u.activeCommunityId()).orElse(null), RequestOrigins.of(request),
                request.getRequestURI(), exception.getMessage()));
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(exception.code(), exception.getMessage())).build();
    }
}
