package org.tradeexecutor.communities.entity;

import java.time.Instant;

/** CDI event: someone joined a community (PRODUCT A6); the hosts' live feed shows it. */
public record MemberJoined(String communityId, String userId, String username, CommunityRole role, Instant joinedAt) {
}
