package org.tradeexecutor.risk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.CircuitBreaker;
import org.tradeexecutor.risk.entity.TrippedBreaker;

import java.util.Comparator;
import java.util.List;

/**
 * The members of a community whose circuit breaker is tripped, for its hosts (PRODUCT X3). Only tripped traders have a
 * breaker document, so this reads few documents whatever the size of the community.
 */
@ApplicationScoped
public class TrippedBreakers {

    @Inject
    CircuitBreakerRepository breakers;

    @Inject
    Memberships memberships;

    @Inject
    UserRepository users;

    /** Most recently tripped first. */
    public List<TrippedBreaker> in(String communityId) {
        return breakers.findAll().filter(b -> b.state() != BreakerState.ACTIVE)
                .filter(b -> memberships.find(communityId, b.userId()).isPresent())
                .sorted(Comparator.comparing(CircuitBreaker::trippedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(b -> new TrippedBreaker(b.userId(), users.findById(b.userId()).map(User::getUsername).orElse(b.userId()), b.state(),
                        b.reason(), b.trippedAt()))
                .toList();
    }
}
