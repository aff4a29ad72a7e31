package org.tradeexecutor.access.entity;

import java.util.List;

/**
 * The answer of {@code GET /api/me}.
 *
 * @param id                the user id
 * @param username          the sign-in name
 * @param displayName       the name shown
 * @param communities       every membership
 * @param activeCommunityId the community the user works in, or null
 * @param dualDashboard     whether the rollout gives this user the new dashboards
 * @param platformAdmin     whether the user administers the platform
 * @param timeZone          the IANA time zone the dashboards count days in
 * @param discordUserId     the linked Discord account's user id, or null
 */
public record MeResponse(String id, String username, String displayName, List<CommunityEntry> communities,
                         String activeCommunityId, boolean dualDashboard, boolean platformAdmin, String timeZone,
                         String discordUserId) {

    /** @param id the community id  @param name its name  @param role the user's role there, lower case */
    public record CommunityEntry(String id, String name, String role) {
    }

    public static MeResponse of(SignedInUser user) {
        return new MeResponse(user.id(), user.user().getUsername(), user.user().getDisplayName(),
                user.memberships().stream()
                        .map(m -> new CommunityEntry(m.communityId(), m.communityName(), m.role().name().toLowerCase()))
                        .toList(),
                user.activeCommunityId().orElse(null), user.dualDashboard(), user.user().isPlatformAdmin(),
                user.user().zone().getId(), user.user().getDiscordUserId());
    }
}
