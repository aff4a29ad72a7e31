package org.tradeexecutor.risk.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.risk.entity.RiskProfile;

import java.util.Collection;
import java.util.List;

@Repository
public interface RiskProfileRepository extends BasicRepository<RiskProfile, String> {

    List<RiskProfile> findByUserIdIn(Collection<String> userIds);
}
