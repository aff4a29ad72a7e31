package org.tradeexecutor.communities.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.communities.entity.Community;

@Repository
public interface CommunityRepository extends BasicRepository<Community, String> {
}
