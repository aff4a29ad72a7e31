package org.tradeexecutor.risk.control;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.risk.entity.Reservation;
import org.tradeexecutor.risk.entity.RiskState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traders' {@link RiskState}s in {@code risk_states} ({@code {_id: userId, version, reservations}}): read in one
 * query for many traders, and written only at the version read — a write that finds another version lost to a
 * decision made meanwhile (on this or another instance), and that trader is decided again.
 */
@ApplicationScoped
public class RiskStates {

    static final String COLLECTION = "risk_states";
    private static final int DUPLICATE_KEY = 11000;

    @Inject
    MongoConnection mongo;

    /** By user id; a trader without a document has version 0 and nothing reserved. */
    public Map<String, RiskState> of(Collection<String> userIds) {
        Map<String, RiskState> states = new HashMap<>();
        userIds.forEach(id -> states.put(id, RiskState.none(id)));
        collection().find(Filters.in("_id", userIds)).forEach(document -> states.put(document.getString("_id"), toState(document)));
        return states;
    }

    /**
     * Writes each state as its next version with its reservation added, if it is still at the version read (the
     * reservations kept are the caller's: done ones left out).
     *
     * @return the users whose write went through; the others were decided for meanwhile
     */
    public Set<String> reserve(Map<RiskState, Reservation> wanted) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        List<RiskState> states = new ArrayList<>(wanted.keySet());
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (RiskState state : states) {
            Reservation reservation = wanted.get(state);
            // Reserved again (a run that stopped before storing its execution): the one reservation is renewed, not doubled.
            List<Document> reservations = new ArrayList<>(state.reservations().stream()
                    .filter(r -> !r.executionId().equals(reservation.executionId())).map(RiskStates::toDocument).toList());
            reservations.add(toDocument(reservation));
            // Upsert at version 0 creates the first document; at another version a stored one is matched or, moved on, not.
            writes.add(new UpdateOneModel<>(new Document("_id", state.userId()).append("version", state.version()),
                    new Document("$set", new Document("version", state.version() + 1).append("reservations", reservations)),
                    new UpdateOptions().upsert(true)));
        }
        Set<String> won = new HashSet<>();
        states.forEach(state -> won.add(state.userId()));
        try {
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                // No document at the version read, and the id taken: someone wrote a newer version.
                won.remove(states.get(error.getIndex()).userId());
            }
        }
        return won;
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }

    private static Document toDocument(Reservation reservation) {
        return new Document("executionId", reservation.executionId()).append("symbol", reservation.symbol())
                .append("value", new Decimal128(reservation.value())).append("reservedAt", Date.from(reservation.reservedAt()));
    }

    private static RiskState toState(Document document) {
        List<Reservation> reservations = document.getList("reservations", Document.class, List.of()).stream()
                .map(r -> new Reservation(r.getString("executionId"), r.getString("symbol"), ((Decimal128) r.get("value")).bigDecimalValue(),
                        r.getDate("reservedAt").toInstant())).toList();
        return new RiskState(document.getString("_id"), document.get("version", Number.class).longValue(), reservations);
    }
}
