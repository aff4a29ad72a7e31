package org.tradeexecutor.signals.control;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.signals.entity.Signal;

/** {@code insert} fails on an existing id, which is how a repeated message is recognised. */
@Repository
public interface SignalRepository extends CrudRepository<Signal, String> {
}
