package org.tradeexecutor.risk.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.risk.entity.CircuitBreaker;

@Repository
public interface CircuitBreakerRepository extends BasicRepository<CircuitBreaker, String> {
}
