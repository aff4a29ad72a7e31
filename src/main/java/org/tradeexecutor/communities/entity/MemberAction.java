package org.tradeexecutor.communities.entity;

import java.util.Optional;

/**
 * What a member does in a community, and the one rule of who may (PRODUCT A2, A5) — asked by REST, pages, WebSocket
 * topics and the fan-out alike. Viewers read only. A suspended or banned member may no longer open anything, but may
 * still reduce what they hold (close a position, decline an order, follow an exit), as a tripped breaker allows
 * closing orders: nobody is locked into a position.
 */
public enum MemberAction {
    /** Follow providers, confirm orders, receive entries. */
    TRADE,
    /** Close positions, decline orders, receive exits and stop moves. */
    REDUCE,
    /** Manage the community: providers, invites, members, its live feed. */
    HOST;

    /** Why the member may not do this, or empty when they may. A missing membership ({@code role} null) may do nothing. */
    public Optional<MemberRefusal> refusal(boolean accountActive, CommunityRole role, MembershipStatus status) {
        if (!accountActive) {
            return Optional.of(MemberRefusal.ACCOUNT_NOT_ACTIVE);
        }
        if (role == null || status == null) {
            return Optional.of(MemberRefusal.NOT_A_MEMBER);
        }
        boolean active = status == MembershipStatus.ACTIVE;
        return switch (this) {
            case HOST -> !active ? Optional.of(MemberRefusal.MEMBERSHIP_NOT_ACTIVE)
                    : role.isHost() ? Optional.empty() : Optional.of(MemberRefusal.NOT_A_HOST);
            case TRADE -> !active ? Optional.of(MemberRefusal.MEMBERSHIP_NOT_ACTIVE)
                    : role == CommunityRole.VIEWER ? Optional.of(MemberRefusal.VIEWER_READ_ONLY) : Optional.empty();
            case REDUCE -> status == MembershipStatus.PENDING ? Optional.of(MemberRefusal.MEMBERSHIP_NOT_ACTIVE)
                    : role == CommunityRole.VIEWER ? Optional.of(MemberRefusal.VIEWER_READ_ONLY) : Optional.empty();
        };
    }
}
