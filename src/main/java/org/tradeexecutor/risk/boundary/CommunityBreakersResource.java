package org.tradeexecutor.risk.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.risk.control.TrippedBreakers;
import org.tradeexecutor.risk.entity.TrippedBreaker;

import java.util.List;

/** For hosts: which members of the active community are stopped by their circuit breaker, and why (PRODUCT X3). */
@Path("community/circuit-breakers")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityBreakersResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TrippedBreakers tripped;

    @GET
    public List<TrippedBreaker> tripped() {
        return tripped.in(currentUser.requireHost().activeCommunityId().orElseThrow());
    }
}
