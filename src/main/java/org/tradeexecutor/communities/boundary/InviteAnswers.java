package org.tradeexecutor.communities.boundary;

import jakarta.ws.rs.core.Response;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.platform.entity.ApiError;

/** The HTTP answer to a refused invite request: the status that fits the refusal, and its code and reason. */
final class InviteAnswers {

    private InviteAnswers() {
    }

    static Response refused(Invites.Outcome<?> outcome) {
        int status = switch (outcome.refusal()) {
            case INVALID_INVITE -> 400;
            case UNKNOWN_INVITE -> 404;
            case INVITE_EXPIRED, INVITE_USED_UP -> 410;
            case ALREADY_MEMBER, COMMUNITY_FULL -> 409;
            case NOT_IN_GUILD -> 403;
        };
        return Response.status(status).entity(new ApiError(outcome.refusal().code(), outcome.reason())).build();
    }
}
