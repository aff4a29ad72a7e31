package org.tradeexecutor.communities.entity;

/**
 * A host suspended, restored or removed a member (PRODUCT C3), announced after the change is stored: the member's live
 * connections for the community close at once on this instance (others see it at their next access review).
 *
 * @param status the standing now; null when the member was removed
 * @param reason the host's reason, when suspended
 */
public record MemberStandingChanged(String communityId, String userId, MembershipStatus status, String reason) {

    public boolean ended() {
        return status != MembershipStatus.ACTIVE;
    }
}
