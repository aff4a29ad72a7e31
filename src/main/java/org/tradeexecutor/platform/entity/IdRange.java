package org.tradeexecutor.platform.entity;

import org.bson.Document;

/**
 * The filter {@code {_id: {$gte: from, $lt: to}}} as one plain document: the embedded store reads exactly this shape
 * as a range of its sorted ids (DurableH2Backend.IdRange), MongoDB as a range of its {@code _id} index. The driver's
 * {@code Filters.and(gte, lt)} renders an {@code $and} of two conditions, which the embedded store scans.
 */
public final class IdRange {

    private IdRange() {
    }

    public static Document of(String from, String to) {
        return new Document("_id", new Document("$gte", from).append("$lt", to));
    }
}
