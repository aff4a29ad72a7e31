package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.ApiTokens;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.ApiTokenView;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.platform.entity.ApiError;

import java.util.List;

/** The signed-in user's personal API tokens (PRODUCT A1): the secret is in the answer to POST, and nowhere else. */
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    /**
     * @param name          what the token is for, e.g. "trading bot"
     * @param scope         "read" (GET and the live connection only) or "trade" (default)
     * @param expiresInDays 1 to 365; left out: until revoked
     */
    public record TokenRequest(String name, String scope, Integer expiresInDays) {
    }

    @GET
    public List<ApiTokenView> list() {
        return tokens.of(currentUser.require().id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(TokenRequest wanted) {
        ApiTokens.Issue outcome = wanted == null ? tokens.issue(currentUser.require().actor(), null, null, null, RequestOrigins.of(request))
                : tokens.issue(currentUser.require().actor(), wanted.name(), wanted.scope(), wanted.expiresInDays(), RequestOrigins.of(request));
        if (outcome instanceof ApiTokens.Issue.Issued issued) {
            return Response.status(201).entity(issued.token()).build();
        }
        return Response.status(400).entity(new ApiError("invalid_token_request", ((ApiTokens.Issue.Refused) outcome).reason())).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        return tokens.revoke(currentUser.require().actor(), id, RequestOrigins.of(request)) ? Response.noContent().build()
                : Response.status(404).entity(new ApiError("not_found", "You hold no token with that id.")).build();
    }
}
