package org.tradeexecutor.risk.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.risk.control.TrippedBreakers;
import org.tradeexecutor.risk.entity.TrippedBreaker;

import java.util.List;

/** The tripped circuit breakers of the active community's members, on the community overview. */
@Named
@RequestScoped
public class CommunityBreakersView {

    @Inject
    CurrentUser currentUser;

    @Inject
    TrippedBreakers tripped;

    private List<TrippedBreaker> list;

    public List<TrippedBreaker> getTripped() {
        if (list == null) {
            list = currentUser.require().activeCommunityId().map(tripped::in).orElse(List.of());
        }
        return list;
    }
}
