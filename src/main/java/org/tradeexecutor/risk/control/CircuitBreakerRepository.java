package org.tradeexecutor.risk.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.risk.entity.CircuitBreaker;

import java.util.Collection;
import java.util.List;

@Repository
public interface CircuitBreakerRepository extends BasicRepository<CircuitBreaker, String> {

    List<CircuitBreaker> findByUserIdIn(Collection<String> userIds);
}
