package org.tradeexecutor.execution.control;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.execution.entity.PaperAccount;
import org.tradeexecutor.execution.entity.Holding;
import org.tradeexecutor.platform.control.MongoConnection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper broker's books in MongoDB (driver directly: one document per account replaced under an optimistic
 * version, prices as Decimal128). Orders live in {@code paper_orders} under their client order id.
 */
@ApplicationScoped
public class PaperLedger {

    static final String ACCOUNTS = "paper_accounts";
    static final String ORDERS = "paper_orders";

    @Inject
    MongoConnection mongo;

    public Optional<PaperAccount> account(String id) {
        return Optional.ofNullable(accounts().find(Filters.eq("_id", id)).first()).map(PaperLedger::toAccount);
    }

    /** Many accounts in one query, by id; ids without an account are missing. */
    public Map<String, PaperAccount> accounts(Collection<String> ids) {
        Map<String, PaperAccount> found = new HashMap<>();
        for (Document document : accounts().find(Filters.in("_id", ids))) {
            PaperAccount account = toAccount(document);
            found.put(account.id(), account);
        }
        return found;
    }

    /**
     * Writes each account if nobody wrote it since its expected version was read, in one round trip.
     *
     * @return how many were written; fewer than asked means some must be read again and retried one by one
     */
    long replaceAll(List<PaperAccount> changed, Map<String, Long> expectedVersions) {
        if (changed.isEmpty()) {
            return 0;
        }
        List<ReplaceOneModel<Document>> writes = changed.stream().map(account -> new ReplaceOneModel<>(
                atVersion(account.id(), expectedVersions.get(account.id())), toDocument(account))).toList();
        return accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
    }

    /** Creates the account unless it exists. */
    public void open(PaperAccount account) {
        try {
            accounts().insertOne(toDocument(account));
        } catch (MongoWriteException alreadyThere) {
            // Opened before (or concurrently): the existing account stays as it is.
        }
    }

    /** Writes the account if nobody wrote it since {@code expectedVersion} was read; false means read again and retry. */
    boolean replace(PaperAccount account, long expectedVersion) {
        return accounts().replaceOne(atVersion(account.id(), expectedVersion),
                toDocument(account)).getModifiedCount() == 1;
    }

    /**
     * The account if it is still at this version. A plain document naming exactly the fields of the {@code id_version}
     * index: the driver writes {@code Filters.and} as {@code $and}, which the embedded store answers by scanning.
     */
    private static Document atVersion(String id, long version) {
        return new Document("_id", id).append("version", version);
    }

    MongoCollection<Document> orders() {
        return mongo.database().getCollection(ORDERS);
    }

    private MongoCollection<Document> accounts() {
        return mongo.database().getCollection(ACCOUNTS);
    }

    static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    static BigDecimal big(Document document, String field) {
        Object value = document.get(field);
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static Document toDocument(PaperAccount account) {
        List<Document> holdings = account.holdings().stream().map(h -> new Document("symbol", h.symbol())
                .append("quantity", decimal(h.quantity())).append("averageEntry", decimal(h.averageEntry()))
                .append("realisedPnl", decimal(h.realisedPnl()))).toList();
        return new Document("_id", account.id()).append("userId", account.userId()).append("startingCash", decimal(account.startingCash()))
                .append("cash", decimal(account.cash())).append("holdings", holdings).append("applied", account.applied())
                .append("day", account.day()).append("dayStartEquity", decimal(account.dayStartEquity())).append("version", account.version());
    }

    private static PaperAccount toAccount(Document document) {
        List<Holding> holdings = new ArrayList<>();
        for (Document h : document.getList("holdings", Document.class, List.of())) {
            holdings.add(new Holding(h.getString("symbol"), big(h, "quantity"), big(h, "averageEntry"), big(h, "realisedPnl")));
        }
        return new PaperAccount(document.getString("_id"), document.getString("userId"), big(document, "startingCash"), big(document, "cash"),
                holdings, new ArrayList<>(document.getList("applied", String.class, List.of())), document.getString("day"),
                big(document, "dayStartEquity"), document.get("version", Number.class).longValue());
    }
}
