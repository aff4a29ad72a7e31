package org.tradeexecutor.execution.entity;

import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.risk.entity.RiskState;

import java.util.Map;

/**
 * What a fan-out read for one slice of followers, one query per kind, by user id (accounts' states by connection id).
 * A follower missing from {@code states} has an account that could not be read just now.
 */
public record SliceReads(Map<String, UserStanding> users, Map<String, Membership> memberships, Map<String, BrokerConnection> accounts,
                         Map<String, RiskProfile> profiles, Map<String, BreakerState> breakers, Map<String, AccountState> states,
                         Map<String, RiskState> reservations) {
}
