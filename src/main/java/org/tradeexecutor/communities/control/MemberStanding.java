package org.tradeexecutor.communities.control;

import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.MemberStandingChanged;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.communities.entity.RoleChangeRefusal;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.AccessDeniedException;

import java.util.Optional;

/**
 * Hosts suspend, restore and remove members (PRODUCT C3), by the rule of {@link RoleChangeRefusal#ofStanding}. A
 * suspended member opens nothing in the community (the fan-out skips their follows with the reason, their actions
 * answer 403 {@code membership_inactive}, a suspended host has no host powers) but may still close what they hold;
 * removal ends the membership and keeps their trades and the audit. Each change is audited with before and after.
 */
@ApplicationScoped
public class MemberStanding {

    @Inject
    Memberships memberships;

    @Inject
    MongoConnection mongo;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Event<MemberStandingChanged> standingChanged;

    /** @return the membership now; empty when the user is no member of the community */
    public Optional<Membership> suspend(String communityId, MemberRoles.Host host, String memberId, String reason) {
        return change(communityId, host, memberId, MembershipStatus.SUSPENDED, reason, "community.member_suspended");
    }

    public Optional<Membership> restore(String communityId, MemberRoles.Host host, String memberId) {
        return change(communityId, host, memberId, MembershipStatus.ACTIVE, null, "community.member_restored");
    }

    /** @return false when the user is no member of the community */
    public boolean remove(String communityId, MemberRoles.Host host, String memberId) {
        Optional<Membership> found = judged(communityId, host, memberId);
        if (found.isEmpty()) {
            return false;
        }
        mongo.database().getCollection("memberships").deleteOne(new Document("_id", Membership.key(communityId, memberId)));
        audit.record(new AuditEvent("community.member_removed", AuditOutcome.SUCCESS, host.actor(), communityId, host.origin(),
                "member " + memberId, null, found.get().getRole() + " " + found.get().getStatus(), null));
        standingChanged.fire(new MemberStandingChanged(communityId, memberId, null, null));
        return true;
    }

    private Optional<Membership> change(String communityId, MemberRoles.Host host, String memberId, MembershipStatus to, String reason, String action) {
        Optional<Membership> found = judged(communityId, host, memberId);
        if (found.isEmpty() || found.get().getStatus() == to && to == MembershipStatus.ACTIVE) {
            return found;
        }
        MembershipStatus from = found.get().getStatus();
        mongo.database().getCollection("memberships").updateOne(new Document("_id", Membership.key(communityId, memberId)),
                Updates.combine(Updates.set("status", to.name()), Updates.set("statusReason", reason)));
        audit.record(new AuditEvent(action, AuditOutcome.SUCCESS, host.actor(), communityId, host.origin(), "member " + memberId, reason,
                from.name(), to.name()));
        standingChanged.fire(new MemberStandingChanged(communityId, memberId, to, reason));
        return memberships.find(communityId, memberId);
    }

    private Optional<Membership> judged(String communityId, MemberRoles.Host host, String memberId) {
        Optional<Membership> found = memberships.find(communityId, memberId);
        found.flatMap(m -> RoleChangeRefusal.ofStanding(host.userId(), host.role(), memberId, m.getRole())).ifPresent(refusal -> {
            throw new AccessDeniedException(RoleChangeRefusal.CODE, refusal.message());
        });
        return found;
    }
}
