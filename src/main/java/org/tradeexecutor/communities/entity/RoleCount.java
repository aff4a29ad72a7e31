package org.tradeexecutor.communities.entity;

/** How many members of a community hold a role. */
public record RoleCount(CommunityRole role, long members) {
}
