package org.tradeexecutor.signals.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.SignalFilter;
import org.tradeexecutor.signals.entity.SignalRow;
import org.tradeexecutor.signals.entity.SignalSource;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

/**
 * The community's signals, newest first, filtered and paged on the server. Uses the driver directly: JNoSQL 1.1
 * cannot count a filtered query (STACK.md). Every query starts with the community id (tenancy fails closed).
 */
@ApplicationScoped
public class SignalSearch {

    @Inject
    MongoConnection connection;

    @Inject
    Providers providers;

    public long count(SignalFilter filter) {
        return connection.database().getCollection("signals").countDocuments(where(filter));
    }

    public List<SignalRow> page(SignalFilter filter, int first, int pageSize) {
        Map<String, String> names = providers.of(filter.communityId()).stream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName));
        List<SignalRow> rows = new ArrayList<>();
        connection.database().getCollection("signals").find(where(filter))
                .sort(Sorts.descending("receivedAt")).skip(first).limit(pageSize)
                .forEach((Document d) -> rows.add(new SignalRow(d.getString("_id"), d.getDate("receivedAt").toInstant(),
                        d.getString("providerId"), names.getOrDefault(d.getString("providerId"), "(removed provider)"),
                        SignalSource.valueOf(d.getString("source")), SignalStatus.valueOf(d.getString("status")),
                        d.getString("parseStatus"), d.getString("kind"), d.getString("symbol"), d.getString("rawText"),
                        d.getString("correlationId"))));
        return rows;
    }

    private static Bson where(SignalFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.eq("communityId", filter.communityId()));
        if (filter.providerId() != null) {
            conditions.add(Filters.eq("providerId", filter.providerId()));
        }
        if (filter.status() != null) {
            conditions.add(Filters.eq("status", filter.status().name()));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gte("receivedAt", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lt("receivedAt", Date.from(filter.to())));
        }
        return Filters.and(conditions);
    }

}
