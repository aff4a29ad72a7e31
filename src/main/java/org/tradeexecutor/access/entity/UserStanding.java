package org.tradeexecutor.access.entity;

/** Who a user is and whether the account may trade: what a fan-out needs of each follower. */
public record UserStanding(String id, String username, AccountStatus status) {
}
