package org.tradeexecutor.communities.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.communities.entity.Membership;

import java.util.Collection;
import java.util.List;

@Repository
public interface MembershipRepository extends BasicRepository<Membership, String> {

    List<Membership> findByUserId(String userId);

    List<Membership> findByCommunityId(String communityId);

    long countByCommunityId(String communityId);

    List<Membership> findByIdIn(Collection<String> ids);
}
