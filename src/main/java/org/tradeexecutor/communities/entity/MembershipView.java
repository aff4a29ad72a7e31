package org.tradeexecutor.communities.entity;

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

    public boolean host() {
        return role.isHost();
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }
}
