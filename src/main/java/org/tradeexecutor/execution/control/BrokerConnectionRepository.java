package org.tradeexecutor.execution.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.execution.entity.BrokerConnection;

import java.util.Collection;
import java.util.List;

@Repository
public interface BrokerConnectionRepository extends BasicRepository<BrokerConnection, String> {

    List<BrokerConnection> findByUserId(String userId);

    List<BrokerConnection> findByIdIn(Collection<String> ids);
}
