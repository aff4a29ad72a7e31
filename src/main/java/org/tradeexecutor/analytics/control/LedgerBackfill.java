package org.tradeexecutor.analytics.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.portfolio.control.TradeRepository;

import java.util.logging.Logger;

/**
 * Trades booked before the ledgers kept rows (a database from an earlier version) are counted again from the trades
 * collection, once: the instance that stores the marker first does it.
 */
@ApplicationScoped
public class LedgerBackfill {

    private static final Logger LOG = Logger.getLogger(LedgerBackfill.class.getName());
    static final String MARKER = "_rows_since_v1";

    @Inject
    MongoConnection mongo;

    @Inject
    TradeRepository trades;

    @Inject
    DailyRollups rollups;

    void backfill(@Observes DatabaseReady ready) {
        try {
            mongo.database().getCollection(DailyRollups.HEADS).insertOne(new Document("_id", MARKER));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return; // done before, or being done by another instance
            }
            throw e;
        }
        if (mongo.database().getCollection("trades").countDocuments() == 0) {
            return;
        }
        mongo.database().getCollection(DailyRollups.COLLECTION).deleteMany(new Document());
        mongo.database().getCollection(DailyRollups.HEADS).deleteMany(new Document("_id", new Document("$ne", MARKER)));
        long[] counted = {0};
        trades.findAll().forEach(trade -> {
            rollups.add(trade);
            counted[0]++;
        });
        LOG.info(() -> "Counted " + counted[0] + " trades booked before this version into the dashboards' ledgers.");
    }
}
