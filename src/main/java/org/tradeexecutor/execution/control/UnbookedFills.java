package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Followers whose orders this instance is sending, or whose fills it is booking, right now. Between a fill and its
 * booking the follower holds a position that the portfolio does not show yet: an exit signal decided in that moment
 * would find nothing to close and be lost. Such an exit is put off and decided again at the signal's next run instead
 * (found by the benchmark of signals one after the other: "closing AAPL" right after "BUY AAPL" closed nothing).
 */
@ApplicationScoped
public class UnbookedFills {

    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** Marks these followers until the returned mark is closed: after their orders' outcomes and fills are booked. */
    public Mark sending(Collection<String> userIds) {
        List<String> marked = userIds.stream().distinct().toList();
        marked.forEach(userId -> inFlight.merge(userId, 1, Integer::sum));
        return () -> marked.forEach(userId -> inFlight.computeIfPresent(userId, (id, count) -> count == 1 ? null : count - 1));
    }

    /** Whether an order of this follower may have filled without its position booked yet. */
    public boolean mayHoldUnbooked(String userId) {
        return inFlight.containsKey(userId);
    }

    /** Closed once the marked followers' orders are sent and their fills booked. */
    @FunctionalInterface
    public interface Mark extends AutoCloseable {
        @Override
        void close();
    }
}
