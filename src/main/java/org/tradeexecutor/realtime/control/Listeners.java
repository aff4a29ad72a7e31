package org.tradeexecutor.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.realtime.entity.Listener;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who a signed-in user is for the real-time layer: their active community and whether they host it. */
@ApplicationScoped
public class Listeners {

    @Inject
    UserRepository users;

    @Inject
    Memberships memberships;

    /** Who listens, or why the connection is refused. */
    public record Admission(Optional<Listener> listener, String refusal) {

        static Admission refused(String why) {
            return new Admission(Optional.empty(), why);
        }
    }

    /**
     * Refused when the user is gone, the account may not be used (suspended, banned, unverified), or the membership of
     * the community the connection is for is suspended (PRODUCT C3: the member's live connections for it close).
     */
    public Admission admit(String userId, String accessId) {
        Optional<User> account = users.findById(userId).filter(User::active);
        if (account.isEmpty()) {
            return Admission.refused("This account may not connect (it is not active).");
        }
        User user = account.get();
        List<MembershipView> own = memberships.of(user.getId());
        Optional<MembershipView> active = own.stream().filter(m -> m.communityId().equals(user.getActiveCommunityId())).findFirst()
                .or(() -> own.stream().findFirst());
        if (active.isPresent() && !active.get().active()) {
            return Admission.refused(membershipEnded(active.get().status(), active.get().statusReason()));
        }
        return new Admission(Optional.of(new Listener(user.getId(), user.getUsername(), active.map(MembershipView::communityId).orElse(null),
                active.map(MembershipView::host).orElse(false), accessId)), null);
    }

    /** What a member's page is told when its live connection for the community closes: the standing (with the host's reason), or removed (null). */
    static String membershipEnded(MembershipStatus status, String reason) {
        return status == null ? "You are no longer a member of this community."
                : "Your membership of this community is " + status.name().toLowerCase(Locale.ROOT) + (reason == null ? "." : ": " + reason);
    }
}
