package org.tradeexecutor.communities.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.communities.entity.Invite;

import java.util.List;

@Repository
public interface InviteRepository extends BasicRepository<Invite, String> {

    List<Invite> findByCommunityId(String communityId);
}
