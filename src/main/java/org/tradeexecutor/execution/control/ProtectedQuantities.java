package org.tradeexecutor.execution.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.tradeexecutor.platform.control.MongoConnection;

import java.math.BigDecimal;

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

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
