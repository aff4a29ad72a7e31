package org.tradeexecutor.access.entity;

import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.communities.entity.MembershipView;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in user as one request sees it.
 *
 * @param user          the account
 * @param memberships   every community the user belongs to
 * @param active        the community the user is working in, if any
 * @param dualDashboard whether the rollout gives this user the new dashboards
 */
public record SignedInUser(User user, List<MembershipView> memberships, Optional<MembershipView> active, boolean dualDashboard) {

    public String id() {
        return user.getId();
    }

    /** The user as the audit log names them. */
    public AuditEvent.Actor actor() {
        return new AuditEvent.Actor(user.getId(), user.getUsername());
    }

    /** Owner, admin or moderator of the active community. */
    public boolean host() {
        return active.map(MembershipView::host).orElse(false);
    }

    public Optional<String> activeCommunityId() {
        return active.map(MembershipView::communityId);
    }
}
