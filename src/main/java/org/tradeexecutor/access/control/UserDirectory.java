package org.tradeexecutor.access.control;

import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.ArrayList;
import java.util.List;

/** Questions about all users at once, answered with projections rather than whole documents. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    MongoConnection connection;

    public List<String> allIds() {
        List<String> ids = new ArrayList<>();
        connection.database().getCollection("users")
                .find().projection(Projections.include("_id"))
                .forEach((Document d) -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }
}
