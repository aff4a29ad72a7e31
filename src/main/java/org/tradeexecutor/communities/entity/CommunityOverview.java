package org.tradeexecutor.communities.entity;

import java.util.List;

/**
 * The host's first look at a community.
 *
 * @param communityId  the community
 * @param name         its name
 * @param plan         its plan
 * @param totalMembers all members
 * @param roles        members per role, every role listed
 */
public record CommunityOverview(String communityId, String name, String plan, long totalMembers, List<RoleCount> roles) {

    /** "FREE" reads "Free". */
    public String planLabel() {
        return Plan.of(plan).label();
    }
}
