package org.tradeexecutor.demo.entity;

import org.tradeexecutor.communities.entity.CommunityRole;

/**
 * One seeded account.
 *
 * @param username      the sign-in name
 * @param displayName   the name shown
 * @param role          the role in the demo community
 * @param platformAdmin whether it administers the platform
 */
public record DemoAccount(String username, String displayName, CommunityRole role, boolean platformAdmin) {
}
