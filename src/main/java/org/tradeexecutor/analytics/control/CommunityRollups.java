package org.tradeexecutor.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.IdRange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A community's rollups read by id range: its days ({@code community|<id>|<day>}) and its traders' months. */
@ApplicationScoped
public class CommunityRollups {

    @Inject
    MongoConnection mongo;

    /** The days from {@code from} to {@code to} (both included) that had closed trades. */
    public List<Document> days(String communityId, LocalDate from, LocalDate to) {
        return range("community|" + communityId + "|" + from, "community|" + communityId + "|" + to.plusDays(1));
    }

    /** The trader months from {@code from}'s to {@code to}'s (both included). */
    public List<Document> traderMonths(String communityId, LocalDate from, LocalDate to) {
        return range(DailyRollups.traderMonthId(communityId, YearMonth.from(from).toString()),
                DailyRollups.traderMonthId(communityId, YearMonth.from(to).plusMonths(1).toString()));
    }

    private List<Document> range(String fromId, String toId) {
        List<Document> found = new ArrayList<>();
        mongo.database().getCollection(DailyRollups.COLLECTION).find(IdRange.of(fromId, toId))
                .forEach(found::add);
        return found;
    }

    public static LocalDate dayOf(Document day) {
        return LocalDate.parse(day.getString("day"));
    }
}
