package org.tradeexecutor.communities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.InviteRefusal;
import org.tradeexecutor.communities.entity.MemberJoined;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.communities.entity.Plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way in to a community, whether by invite code or by Discord server: not twice, not past the plan's member
 * limit; a joined member is audited ({@code community.member_joined}) and announced ({@link MemberJoined}).
 */
@ApplicationScoped
public class MemberAdmission {

    @Inject
    MembershipRepository memberships;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    Clock clock;

    /** Why the user may not join, if anything stops them. */
    Optional<Invites.Outcome<Membership>> refusal(Community community, String userId) {
        if (memberships.findById(Membership.key(community.getId(), userId)).isPresent()) {
            return Optional.of(Invites.Outcome.refused(InviteRefusal.ALREADY_MEMBER, "You are a member of " + community.getName() + " already."));
        }
        Plan plan = community.plan();
        if (memberships.countByCommunityId(community.getId()) >= plan.maxMembers()) {
            return Optional.of(Invites.Outcome.refused(InviteRefusal.COMMUNITY_FULL,
                    community.getName() + " is full: its plan allows " + plan.maxMembers() + " members."));
        }
        return Optional.empty();
    }

    /** @param via how the user came in, for the audit entry ("invite K7MQ…", "discord guild 1234…") */
    Membership admit(AuditEvent.Actor user, Community community, CommunityRole role, String via, AuditEvent.Origin origin) {
        Instant now = clock.instant();
        Membership membership = new Membership(community.getId(), user.userId(), role, MembershipStatus.ACTIVE, null, now);
        memberships.save(membership);
        audit.record(new AuditEvent("community.member_joined", AuditOutcome.SUCCESS, user, community.getId(), origin, via,
                role.name().toLowerCase(Locale.ROOT)));
        joined.fire(new MemberJoined(community.getId(), user.userId(), user.username(), role, now));
        return membership;
    }
}
