package org.tradeexecutor.risk.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.risk.entity.RiskProfile;

@Repository
public interface RiskProfileRepository extends BasicRepository<RiskProfile, String> {
}
