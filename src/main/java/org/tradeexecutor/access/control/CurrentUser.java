package org.tradeexecutor.access.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.tradeexecutor.platform.entity.AccessDeniedException;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.MemberRefusal;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.rollout.control.DualDashboardFlag;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user of this request, loaded once. The caller principal's name is the user id, set at sign-in;
 * nothing the client sends can change it.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    @Inject
    Memberships memberships;

    @Inject
    DualDashboardFlag dualDashboard;

    private Optional<SignedInUser> loaded;

    public Optional<SignedInUser> get() {
        if (loaded == null) {
            loaded = Optional.ofNullable(security.getCallerPrincipal())
                    .map(Principal::getName)
                    .flatMap(users::findById)
                    .map(this::load);
        }
        return loaded;
    }

    /** The signed-in user; callers sit behind the authentication constraint, so absence is a server error. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user on a protected path"));
    }

    /** A host of the active community, with an active membership there. */
    public SignedInUser requireHost() {
        SignedInUser user = require();
        Optional<MemberRefusal> refusal = user.active().map(m -> m.refusal(MemberAction.HOST)).orElse(Optional.of(MemberRefusal.NOT_A_MEMBER));
        if (refusal.isPresent()) {
            throw new ActionRefused(refusal.get(), user.active().map(MembershipView::statusReason).orElse(null));
        }
        return user;
    }

    public SignedInUser requirePlatformAdmin() {
        SignedInUser user = require();
        if (!user.user().isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform admin may do this.");
        }
        return user;
    }

    /** Makes another of the user's communities the active one; false when the user is not a member there. */
    public boolean switchCommunity(String communityId) {
        SignedInUser user = require();
        boolean member = user.memberships().stream().anyMatch(m -> m.communityId().equals(communityId));
        if (member) {
            User account = user.user();
            account.activateCommunity(communityId);
            users.save(account);
            loaded = Optional.of(load(account));
        }
        return member;
    }

    private SignedInUser load(User user) {
        List<MembershipView> own = memberships.of(user.getId());
        Optional<MembershipView> active = own.stream()
                .filter(m -> m.communityId().equals(user.getActiveCommunityId()))
                .findFirst()
                .or(() -> own.stream().findFirst());
        active.ifPresent(m -> memberships.seen(m.communityId(), user.getId()));
        return new SignedInUser(user, own, active, dualDashboard.enabledFor(user.getId()));
    }
}
