package org.tradeexecutor.audit.control;

import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.audit.entity.AuditEvent;

/** Where a request came from, as the audit log records it. */
public final class RequestOrigins {

    private RequestOrigins() {
    }

    public static AuditEvent.Origin of(HttpServletRequest request) {
        return new AuditEvent.Origin(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
