package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.SignalReviews;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.time.Instant;
import java.util.List;

/** PRODUCT S6: the signals of the active community that wait for a host, oldest first, with their count. */
@Path("signals/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class SignalReviewResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalReviews reviews;

    /** @param pending how many wait  @param signals the waiting signals with the parse and why it needs a look */
    public record Queue(long pending, List<Waiting> signals) {
    }

    public record Waiting(String id, String providerId, Instant receivedAt, String rawText, ParsedSignal parsed) {
    }

    @GET
    public Queue queue() {
        String communityId = currentUser.requireHost().activeCommunityId().orElseThrow();
        List<Waiting> waiting = reviews.waiting(communityId).stream()
                .map(s -> new Waiting(s.getId(), s.getProviderId(), s.getReceivedAt(), s.getRawText(), SignalIntake.parsedOf(s)))
                .toList();
        return new Queue(waiting.size(), waiting);
    }
}
