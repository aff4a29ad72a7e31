package org.tradeexecutor.portfolio.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.portfolio.entity.Position;

import java.util.Collection;
import java.util.List;

@Repository
public interface PositionRepository extends BasicRepository<Position, String> {

    List<Position> findByIdIn(Collection<String> ids);
}
