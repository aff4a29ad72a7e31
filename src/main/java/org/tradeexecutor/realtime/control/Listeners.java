package org.tradeexecutor.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.realtime.entity.Listener;

import java.util.List;
import java.util.Optional;

/** Who a signed-in user is for the real-time layer: their active community and whether they host it. */
@ApplicationScoped
public class Listeners {

    @Inject
    UserRepository users;

    @Inject
    Memberships memberships;

    /** Empty when the user is gone or the account may not be used (suspended, banned, unverified). */
    public Optional<Listener> of(String userId, String accessId) {
        return users.findById(userId).filter(User::active).map(user -> listenerOf(user, accessId));
    }

    private Listener listenerOf(User user, String accessId) {
        List<MembershipView> own = memberships.of(user.getId());
        Optional<MembershipView> active = own.stream().filter(m -> m.communityId().equals(user.getActiveCommunityId())).findFirst()
                .or(() -> own.stream().findFirst());
        return new Listener(user.getId(), user.getUsername(), active.map(MembershipView::communityId).orElse(null),
                active.map(MembershipView::host).orElse(false), accessId);
    }
}
