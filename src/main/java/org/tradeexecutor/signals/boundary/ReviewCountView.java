package org.tradeexecutor.signals.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.signals.control.SignalReviews;

/** PRODUCT S6: how many signals wait for a host, beside "Signals" in the menu (a count of the small review queue). */
@Named
@RequestScoped
public class ReviewCountView {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalReviews reviews;

    private Long pending;

    public long getCount() {
        if (pending == null) {
            pending = currentUser.get().filter(SignedInUser::host).flatMap(SignedInUser::activeCommunityId).map(reviews::pending).orElse(0L);
        }
        return pending;
    }

    public String getLabel() {
        return getCount() == 0 ? "Signals" : "Signals (" + getCount() + " to review)";
    }
}
