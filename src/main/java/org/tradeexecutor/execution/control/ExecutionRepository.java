package org.tradeexecutor.execution.control;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@code insert} fails on an existing execution key: that is how an order is never planned twice. */
@Repository
public interface ExecutionRepository extends CrudRepository<Execution, String> {

    List<Execution> findBySignalId(String signalId);

    List<Execution> findByIdIn(Collection<String> ids);

    List<Execution> findByUserId(String userId);

    List<Execution> findByState(ExecutionState state);

    Optional<Execution> findByClientOrderId(String clientOrderId);
}
