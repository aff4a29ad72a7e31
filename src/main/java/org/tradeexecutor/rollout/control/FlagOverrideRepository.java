package org.tradeexecutor.rollout.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.rollout.entity.FlagOverride;

@Repository
public interface FlagOverrideRepository extends BasicRepository<FlagOverride, String> {
}
