package org.tradeexecutor.audit.boundary;

import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.audit.entity.AuditQuery;
import org.tradeexecutor.platform.entity.AccessDeniedException;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.time.Instant;

import static org.tradeexecutor.platform.entity.QueryParameters.blank;
import static org.tradeexecutor.platform.entity.QueryParameters.moment;
import static org.tradeexecutor.platform.entity.QueryParameters.number;
import static org.tradeexecutor.platform.entity.QueryParameters.oneOf;
import static org.tradeexecutor.platform.entity.QueryParameters.text;

/**
 * The audit log's parameters as the API, the CSV export and the page take them, and whose entries the caller reads:
 * a host their own community's, a platform admin any community's ({@code community}) or, without it, every one's.
 */
final class AuditParameters {

    static final int MAX_PAGE_SIZE = 500;

    private AuditParameters() {
    }

    static AuditQuery of(CurrentUser currentUser, String community, String from, String to, String actor, String action, String outcome,
                         String page, String size) {
        SignedInUser reader = currentUser.require();
        Instant start = moment("from", from, reader.user().zone(), false);
        Instant end = moment("to", to, reader.user().zone(), true);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidRequest("from", "is after to.");
        }
        return new AuditQuery(communityOf(currentUser, text("community", community)), start, end, text("actor", actor), text("action", action),
                outcome(outcome), number("page", page, 0, 0, Integer.MAX_VALUE), number("size", size, 50, 1, MAX_PAGE_SIZE));
    }

    /** The community whose entries the reader gets; null for every community (platform admins only). */
    static String communityOf(CurrentUser currentUser, String wanted) {
        if (currentUser.require().user().isPlatformAdmin()) {
            return wanted;
        }
        String own = currentUser.requireHost().activeCommunityId().orElseThrow();
        if (wanted != null && !wanted.equals(own)) {
            throw new AccessDeniedException("A host reads the audit log of their own community only.");
        }
        return own;
    }

    private static AuditOutcome outcome(String value) {
        return blank(value) ? null : oneOf("outcome", value, AuditOutcome.class);
    }
}
