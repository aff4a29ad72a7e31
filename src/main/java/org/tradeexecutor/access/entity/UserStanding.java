package org.tradeexecutor.access.entity;

import java.time.Instant;

/**
 * Who a user is and whether the account may trade: what a fan-out needs of each follower.
 *
 * @param credentialsChangedAt when the password last changed (connections opened before then are closed); null: never
 */
public record UserStanding(String id, String username, AccountStatus status, Instant credentialsChangedAt) {
}
