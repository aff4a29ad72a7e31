package org.tradeexecutor.communities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityOverview;
import org.tradeexecutor.communities.entity.RoleCount;

import java.util.List;
import java.util.Optional;

/** Builds the community overview from the database. */
@ApplicationScoped
public class CommunityOverviews {

    @Inject
    Memberships memberships;

    public Optional<CommunityOverview> of(String communityId) {
        return memberships.community(communityId).map(this::overview);
    }

    private CommunityOverview overview(Community community) {
        List<RoleCount> roles = memberships.countsByRole(community.getId());
        long total = roles.stream().mapToLong(RoleCount::members).sum();
        return new CommunityOverview(community.getId(), community.getName(), community.getPlan(), total, roles);
    }
}
