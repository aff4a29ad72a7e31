package org.tradeexecutor.communities.entity;

import java.util.Optional;
import java.util.Set;

/**
 * Who may give whom which role in a community (PRODUCT C2), and who may suspend, restore or remove whom (C3): the one
 * rule the API and the members page ask. Owner and admins grant or take admin and moderator; moderators only move
 * members between trader and viewer, and only suspend, restore or remove those; nobody acts on themselves; the owner's
 * role changes only by handing ownership over, so there is always exactly one owner, who is never suspended.
 * Answered with 403 {@value #CODE}.
 */
public enum RoleChangeRefusal {
    OWN_ROLE("Nobody changes their own role: ask another host."),
    OWNERSHIP("The owner's role changes only by handing ownership over to an admin (POST /api/community/ownership)."),
    MODERATOR_LIMIT("Moderators only move members between trader and viewer."),
    NOT_THE_OWNER("Only the owner hands ownership over."),
    HANDOVER_TO_ADMIN("Ownership goes to an active admin of the community: make them admin first."),
    OWN_STANDING("Nobody suspends, restores or removes themselves."),
    OWNER_STAYS("The owner is never suspended or removed: the owner hands ownership over first."),
    MODERATOR_STANDING_LIMIT("Moderators only suspend, restore or remove traders and viewers.");

    public static final String CODE = "role_change_forbidden";
    private static final Set<CommunityRole> MEMBER_ROLES = Set.of(CommunityRole.TRADER, CommunityRole.VIEWER);

    private final String message;

    RoleChangeRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** Why this host may not move that member from one role to another, or empty when they may. */
    public static Optional<RoleChangeRefusal> of(String hostId, CommunityRole hostRole, String memberId, CommunityRole from, CommunityRole to) {
        if (hostId.equals(memberId)) {
            return Optional.of(OWN_ROLE);
        }
        if (from == CommunityRole.OWNER || to == CommunityRole.OWNER) {
            return Optional.of(OWNERSHIP);
        }
        if (hostRole == CommunityRole.MODERATOR && !(MEMBER_ROLES.contains(from) && MEMBER_ROLES.contains(to))) {
            return Optional.of(MODERATOR_LIMIT);
        }
        return Optional.empty();
    }

    /** Why this host may not suspend, restore or remove that member (PRODUCT C3), or empty when they may. */
    public static Optional<RoleChangeRefusal> ofStanding(String hostId, CommunityRole hostRole, String memberId, CommunityRole memberRole) {
        if (hostId.equals(memberId)) {
            return Optional.of(OWN_STANDING);
        }
        if (memberRole == CommunityRole.OWNER) {
            return Optional.of(OWNER_STAYS);
        }
        if (hostRole == CommunityRole.MODERATOR && !MEMBER_ROLES.contains(memberRole)) {
            return Optional.of(MODERATOR_STANDING_LIMIT);
        }
        return Optional.empty();
    }

    /** Why this host may not hand ownership to that member, or empty when they may. */
    public static Optional<RoleChangeRefusal> ofHandover(CommunityRole hostRole, Membership heir) {
        if (hostRole != CommunityRole.OWNER) {
            return Optional.of(NOT_THE_OWNER);
        }
        if (heir == null || heir.getRole() != CommunityRole.ADMIN || heir.getStatus() != MembershipStatus.ACTIVE) {
            return Optional.of(HANDOVER_TO_ADMIN);
        }
        return Optional.empty();
    }
}
