package org.tradeexecutor.communities.entity;

/** A member's role in one community (PRODUCT A2). Owner, admin and moderator are the community's hosts. */
public enum CommunityRole {
    OWNER, ADMIN, MODERATOR, TRADER, VIEWER;

    public boolean isHost() {
        return this == OWNER || this == ADMIN || this == MODERATOR;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
