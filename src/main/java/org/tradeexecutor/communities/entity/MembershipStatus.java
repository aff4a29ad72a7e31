package org.tradeexecutor.communities.entity;

/** Whether a member may act in the community (PRODUCT A5, C3). */
public enum MembershipStatus {
    ACTIVE, SUSPENDED, BANNED, PENDING
}
