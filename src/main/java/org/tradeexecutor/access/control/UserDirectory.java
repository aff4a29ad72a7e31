package org.tradeexecutor.access.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Questions about all users at once, answered with projections rather than whole documents. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    MongoConnection connection;

    /** Name and status of many users in one indexed query, by id; unknown ids are missing. */
    public Map<String, UserStanding> standings(Collection<String> ids) {
        Map<String, UserStanding> standings = new HashMap<>();
        connection.database().getCollection("users").find(Filters.in("_id", ids)).projection(Projections.include("username", "status", "credentialsChangedAt"))
                .forEach((Document d) -> {
                    String status = d.getString("status");
                    String id = String.valueOf(d.get("_id"));
                    java.util.Date changed = d.getDate("credentialsChangedAt");
                    standings.put(id, new UserStanding(id, d.getString("username"), status == null ? AccountStatus.ACTIVE : AccountStatus.valueOf(status),
                            changed == null ? null : changed.toInstant()));
                });
        return standings;
    }

    public List<String> allIds() {
        List<String> ids = new ArrayList<>();
        connection.database().getCollection("users")
                .find().projection(Projections.include("_id"))
                .forEach((Document d) -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }
}
