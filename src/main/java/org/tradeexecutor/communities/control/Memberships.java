package org.tradeexecutor.communities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.MemberRefusal;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.communities.entity.RoleCount;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who belongs where, with which role: the questions other components ask about communities. */
@ApplicationScoped
public class Memberships {

    @Inject
    MembershipRepository memberships;

    @Inject
    CommunityRepository communities;

    @Inject
    MongoConnection mongo;

    @Inject
    MemberActivity activity;

    @Inject
    Clock clock;

    /** How often a member's {@code lastActiveAt} is written at most. */
    static final Duration SEEN_RESOLUTION = Duration.ofHours(1);
    private final Map<String, Instant> lastSeenWritten = new ConcurrentHashMap<>();

    /** The user's memberships, oldest first, each with its community's name. */
    public List<MembershipView> of(String userId) {
        return memberships.findByUserId(userId).stream()
                .sorted(Comparator.comparing(Membership::getJoinedAt))
                .map(m -> new MembershipView(m.getCommunityId(),
                        communities.findById(m.getCommunityId()).map(Community::getName).orElse("(removed community)"),
                        m.getRole(), m.getStatus(), m.getStatusReason()))
                .toList();
    }

    /** One user's membership of one community, by key. */
    public Optional<Membership> find(String communityId, String userId) {
        return memberships.findById(Membership.key(communityId, userId));
    }

    /** The memberships of these users in one community, by user id (one query; members without one are missing). */
    public Map<String, Membership> find(String communityId, Collection<String> userIds) {
        return memberships.findByIdIn(userIds.stream().map(userId -> Membership.key(communityId, userId)).toList()).stream()
                .collect(Collectors.toMap(Membership::getUserId, m -> m, (a, b) -> a));
    }

    /**
     * Refuses what the user's membership of the community does not allow (the account itself is checked when the
     * request is authenticated).
     *
     * @throws ActionRefused with the reason
     */
    public void require(String userId, String communityId, MemberAction action) {
        Optional<Membership> membership = find(communityId, userId);
        Optional<MemberRefusal> refusal = membership.map(m -> m.refusal(true, action)).orElse(Optional.of(MemberRefusal.NOT_A_MEMBER));
        if (refusal.isPresent()) {
            throw new ActionRefused(refusal.get(), membership.map(Membership::getStatusReason).orElse(null));
        }
    }

    /**
     * The member made a request: {@code lastActiveAt} is written, and the member counted active that UTC day, at most
     * once an hour per member and instance (the time this instance last wrote it is remembered) and at the first
     * request of a new day, so activity costs no write per request.
     */
    public void seen(String communityId, String userId) {
        String key = Membership.key(communityId, userId);
        Instant now = clock.instant();
        Instant written = lastSeenWritten.get(key);
        if (written != null && written.plus(SEEN_RESOLUTION).isAfter(now)
                && written.truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS))) {
            return;
        }
        lastSeenWritten.put(key, now);
        mongo.database().getCollection("memberships").updateOne(new Document("_id", key), Updates.set("lastActiveAt", Date.from(now)));
        activity.active(communityId, userId, now);
    }

    /** The member lets (or no longer lets) the community's analytics name them among its top traders. */
    public Optional<Membership> showInRankings(String communityId, String userId, boolean shown) {
        return find(communityId, userId).map(membership -> {
            membership.showInRankings(shown);
            return memberships.save(membership);
        });
    }

    /** How many members the community has, every role and standing. */
    /** The ids of the community's hosts (owner, admins, moderators) whose membership is active. */
    public List<String> activeHostIds(String communityId) {
        return memberships.findByCommunityId(communityId).stream()
                .filter(m -> m.getRole().isHost() && m.getStatus() == MembershipStatus.ACTIVE)
                .map(Membership::getUserId).toList();
    }

    public long count(String communityId) {
        return memberships.countByCommunityId(communityId);
    }

    public Optional<Community> community(String communityId) {
        return communities.findById(communityId);
    }

    /** Member counts for every role, zero included, in role order. */
    public List<RoleCount> countsByRole(String communityId) {
        Map<CommunityRole, Long> counted = memberships.findByCommunityId(communityId).stream()
                .collect(Collectors.groupingBy(Membership::getRole, () -> new EnumMap<>(CommunityRole.class), Collectors.counting()));
        return Arrays.stream(CommunityRole.values())
                .map(role -> new RoleCount(role, counted.getOrDefault(role, 0L)))
                .toList();
    }
}
