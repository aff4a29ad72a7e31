package org.tradeexecutor.portfolio.control;

import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.IdRange;
import org.tradeexecutor.portfolio.entity.Position;

import java.util.ArrayList;
import java.util.List;

/**
 * A user's positions, read by the range of their ids (a position's id starts with its user's, {@link Position#idOf}):
 * a query by the user id field would make the store read every position of every user, once per fill.
 */
@ApplicationScoped
public class UserPositions {

    /** After every character a position id holds. */
    private static final String AFTER_ALL = "~";

    @Inject
    MongoConnection mongo;

    @Inject
    PositionRepository positions;

    /** Every position of the user, open or closed. */
    public List<Position> of(String userId) {
        List<String> ids = new ArrayList<>();
        mongo.database().getCollection("positions").find(IdRange.of(userId + "|", userId + "|" + AFTER_ALL)).projection(Projections.include("_id"))
                .forEach(position -> ids.add(position.getString("_id")));
        return ids.isEmpty() ? List.of() : positions.findByIdIn(ids);
    }
}
