package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of each entry's fills has its protective orders, in a document of its own per entry (by the entry's id).
 * Not a field of the execution: fills are saved as whole documents, and a fill handler holding a copy read before
 * the last protection was recorded would write the old figure back — the next part would then be protected again
 * from zero, more than is held.
 */
@ApplicationScoped
public class ProtectedQuantities {

    static final String COLLECTION = "entry_protection";

    @Inject
    MongoConnection mongo;

    /** What is protected of the entry so far (zero before its first protection). */
    public BigDecimal of(String entryId) {
        Document mark = collection().find(new Document("_id", entryId)).first();
        return mark == null ? BigDecimal.ZERO : mark.get("quantity", Decimal128.class).bigDecimalValue();
    }

    /** The entry is protected up to {@code filled}; never lowered (a late report finds the figure where it was). */
    public void raise(String entryId, BigDecimal filled) {
        collection().updateOne(new Document("_id", entryId), Updates.max("quantity", new Decimal128(filled)), new UpdateOptions().upsert(true));
    }

    /** What is protected of each entry so far, by entry id (missing: nothing yet), in one read. */
    public Map<String, BigDecimal> of(Collection<String> entryIds) {
        Map<String, BigDecimal> marks = new HashMap<>();
        collection().find(Filters.in("_id", entryIds)).forEach(mark -> marks.put(mark.getString("_id"), mark.get("quantity", Decimal128.class).bigDecimalValue()));
        return marks;
    }

    /** {@link #raise} for many entries (by id: up to what), in one write. */
    public void raiseAll(Map<String, BigDecimal> filledByEntry) {
        if (filledByEntry.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> raises = new ArrayList<>();
        filledByEntry.forEach((entryId, filled) -> raises.add(new UpdateOneModel<>(new Document("_id", entryId), Updates.max("quantity", new Decimal128(filled)),
                new UpdateOptions().upsert(true))));
        collection().bulkWrite(raises, new BulkWriteOptions().ordered(false));
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
