package org.tradeexecutor.portfolio.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.portfolio.entity.Trade;

import java.util.List;

@Repository
public interface TradeRepository extends BasicRepository<Trade, String> {

    List<Trade> findByUserId(String userId);

    /** By id (the store answers these from its id index). */
    List<Trade> findByIdIn(List<String> ids);
}
