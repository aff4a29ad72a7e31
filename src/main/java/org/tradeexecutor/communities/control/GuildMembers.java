package org.tradeexecutor.communities.control;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.GuildOffer;
import org.tradeexecutor.communities.entity.InviteRefusal;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Joining by Discord server (PRODUCT A6): a community whose {@code discordGuildId} is among the servers Discord says
 * the user is in is offered to them as a trader, or joined at once when the community's {@code joinGuildMembers} is
 * on. The servers come from the user's last Discord sign-in, never from the browser.
 */
@ApplicationScoped
public class GuildMembers {

    @Inject
    MongoConnection mongo;

    @Inject
    CommunityRepository communities;

    @Inject
    MembershipRepository memberships;

    @Inject
    MemberAdmission admission;

    /** Communities of these servers the user is not a member of yet, by name. */
    public List<GuildOffer> offers(String userId, Collection<String> guildIds) {
        return communitiesOf(guildIds).stream()
                .filter(c -> memberships.findById(Membership.key(c.getId(), userId)).isEmpty())
                .map(c -> new GuildOffer(c.getId(), c.getName(), c.getDiscordGuildId()))
                .sorted(Comparator.comparing(GuildOffer::communityName))
                .toList();
    }

    /** Joins the communities that take their server's members without asking; what is left is offered. */
    public List<GuildOffer> joinAutomatically(AuditEvent.Actor user, Collection<String> guildIds, AuditEvent.Origin origin) {
        List<GuildOffer> left = new ArrayList<>();
        for (GuildOffer offer : offers(user.userId(), guildIds)) {
            Community community = communities.findById(offer.communityId()).orElse(null);
            if (community != null && community.isJoinGuildMembers() && admission.refusal(community, user.userId()).isEmpty()) {
                admission.admit(user, community, CommunityRole.TRADER, "discord guild " + offer.guildId(), origin);
            } else {
                left.add(offer);
            }
        }
        return left;
    }

    /** Joins the community as a trader when the user is in its server. */
    public Invites.Outcome<Membership> join(AuditEvent.Actor user, String communityId, Collection<String> guildIds, AuditEvent.Origin origin) {
        Optional<Community> community = communityId == null ? Optional.empty() : communities.findById(communityId);
        if (community.isEmpty() || community.get().getDiscordGuildId() == null || !guildIds.contains(community.get().getDiscordGuildId())) {
            return Invites.Outcome.refused(InviteRefusal.NOT_IN_GUILD,
                    "You can join only the communities of Discord servers you are in (as Discord said at your last sign-in).");
        }
        Optional<Invites.Outcome<Membership>> refusal = admission.refusal(community.get(), user.userId());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return Invites.Outcome.done(admission.admit(user, community.get(), CommunityRole.TRADER, "discord guild " + community.get().getDiscordGuildId(), origin));
    }

    /** Few communities and a sign-in's worth of servers (≤ 200): one indexed {@code $in}. */
    private List<Community> communitiesOf(Collection<String> guildIds) {
        if (guildIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        mongo.database().getCollection("communities").find(Filters.in("discordGuildId", List.copyOf(guildIds)))
                .projection(Projections.include("_id")).forEach((Document d) -> ids.add(String.valueOf(d.get("_id"))));
        return ids.stream().map(communities::findById).flatMap(Optional::stream).toList();
    }
}
