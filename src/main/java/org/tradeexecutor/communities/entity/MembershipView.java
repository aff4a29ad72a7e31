package org.tradeexecutor.communities.entity;

import java.util.Optional;

/**
 * A user's membership together with the community's name, as pages and the API show it.
 *
 * @param communityId   the community
 * @param communityName its name
 * @param role          the user's role there
 * @param status        whether the user may act there
 * @param statusReason  why not, when suspended or banned
 */
public record MembershipView(String communityId, String communityName, CommunityRole role, MembershipStatus status,
                             String statusReason) {

    /** May host: a host role and an active membership (a suspended host has no host powers). */
    public boolean host() {
        return refusal(MemberAction.HOST).isEmpty();
    }

    /** Why the member may not do that here (the account is active: it is signed in), or empty. */
    public Optional<MemberRefusal> refusal(MemberAction action) {
        return action.refusal(true, role, status);
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }
}
