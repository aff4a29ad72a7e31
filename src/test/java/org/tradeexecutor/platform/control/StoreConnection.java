package org.tradeexecutor.platform.control;

import com.mongodb.client.MongoDatabase;

/** A {@link MongoConnection} over a database a unit test opened itself (on its own embedded store). */
public final class StoreConnection {

    private StoreConnection() {
    }

    public static MongoConnection to(MongoDatabase database) {
        return new MongoConnection() {
            @Override
            public MongoDatabase database() {
                return database;
            }
        };
    }
}
