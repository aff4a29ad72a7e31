package org.tradeexecutor.quotes.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.quotes.entity.Watchlist;

@Repository
public interface WatchlistRepository extends BasicRepository<Watchlist, String> {
}
