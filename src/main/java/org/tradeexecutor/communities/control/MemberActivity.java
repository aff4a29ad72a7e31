package org.tradeexecutor.communities.control;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.tradeexecutor.communities.entity.MemberDay;
import org.tradeexecutor.communities.entity.MemberJoined;
import org.tradeexecutor.communities.entity.MemberStandingChanged;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.IdRange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A community's members day by day (PRODUCT P5), for the overview without reading the memberships: one document per
 * community and UTC day ({@code community_days}, id {@code communityId|yyyy-MM-dd}) counting who joined and who left,
 * and holding the members active that day. Days are read as one range of ids.
 */
@ApplicationScoped
public class MemberActivity {

    static final String COLLECTION = "community_days";

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    void joined(@Observes MemberJoined joined) {
        day(joined.communityId(), joined.joinedAt(), Updates.inc("joined", 1));
    }

    void standingChanged(@Observes MemberStandingChanged changed) {
        if (changed.status() == null) {
            day(changed.communityId(), clock.instant(), Updates.inc("left", 1));
        }
    }

    /** The member was active today (called at most once an hour per member, by {@link Memberships#seen}). */
    void active(String communityId, String userId, Instant at) {
        day(communityId, at, Updates.addToSet("active", userId));
    }

    /** The days from {@code from} to {@code to} (both included) that have a document, in order. */
    public List<MemberDay> days(String communityId, LocalDate from, LocalDate to) {
        List<MemberDay> days = new ArrayList<>();
        mongo.database().getCollection(COLLECTION).find(IdRange.of(key(communityId, from), key(communityId, to.plusDays(1)))).forEach(d -> days.add(MemberDay.of(d)));
        days.sort(Comparator.comparing(MemberDay::day));
        return days;
    }

    private void day(String communityId, Instant at, Bson update) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        mongo.database().getCollection(COLLECTION).updateOne(new Document("_id", key(communityId, day)),
                Updates.combine(update, Updates.setOnInsert("day", day.toString())), new UpdateOptions().upsert(true));
    }

    static String key(String communityId, LocalDate day) {
        return communityId + "|" + day;
    }
}
