package org.tradeexecutor.execution.entity;

import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.RiskProfile;

/**
 * What the planner needs to know of one follower, read for all followers of a signal at once.
 *
 * @param account      the primary broker account, where the order goes
 * @param accountState that account's value, positions and result today, as read when the signal arrived
 */
public record Follower(String userId, BrokerConnection account, RiskProfile profile, BreakerState breaker, AccountState accountState) {
}
