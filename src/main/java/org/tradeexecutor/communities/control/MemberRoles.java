package org.tradeexecutor.communities.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.RoleChangeRefusal;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.platform.entity.AccessDeniedException;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Hosts change members' roles and the owner hands the community over (PRODUCT C2), by the rule of
 * {@link RoleChangeRefusal}. Each change is one conditional update ("if the role is still what the host saw"), so two
 * hosts acting at once cannot both win, and each is audited with its before and after.
 */
@ApplicationScoped
public class MemberRoles {

    private static final Logger LOG = Logger.getLogger(MemberRoles.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    Memberships memberships;

    @Inject
    MongoConnection mongo;

    @Inject
    SecurityAuditLog audit;

    /** A host acting in a community: who, with which role there. */
    public record Host(String userId, CommunityRole role, AuditEvent.Actor actor, AuditEvent.Origin origin) {
    }

    /**
     * Moves the member to the role; the same role again changes nothing.
     *
     * @return the membership as it is now; empty when the user is no member of the community
     * @throws AccessDeniedException {@value RoleChangeRefusal#CODE} with the rule in words; nothing changed
     */
    public Optional<Membership> change(String communityId, Host host, String memberId, CommunityRole to) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Membership> found = memberships.find(communityId, memberId);
            if (found.isEmpty()) {
                return found;
            }
            CommunityRole from = found.get().getRole();
            refuse(RoleChangeRefusal.of(host.userId(), host.role(), memberId, from, to));
            if (from == to) {
                return found;
            }
            if (setRole(communityId, memberId, from, to)) {
                audit.record(new AuditEvent("community.role_changed", AuditOutcome.SUCCESS, host.actor(), communityId, host.origin(),
                        "member " + memberId, null, from.name(), to.name()));
                return memberships.find(communityId, memberId);
            }
            // Another host changed the role meanwhile: judge again on what it is now.
        }
        throw new IllegalStateException("The role of " + memberId + " kept changing while it was being changed");
    }

    /**
     * The owner makes an active admin the owner and becomes an admin. The community's {@code ownerId} moves first and
     * is the truth: a stop half-way is put right at the next start ({@link #repairOwnership}).
     *
     * @return false when the heir is no member of the community
     * @throws AccessDeniedException {@value RoleChangeRefusal#CODE}; nothing changed
     */
    public boolean handOver(String communityId, Host owner, String heirId) {
        Optional<Membership> heir = memberships.find(communityId, heirId);
        if (heir.isEmpty()) {
            return false;
        }
        refuse(RoleChangeRefusal.ofHandover(owner.role(), heir.get()));
        long moved = communities().updateOne(new Document("_id", communityId).append("ownerId", owner.userId()),
                Updates.set("ownerId", heirId)).getModifiedCount();
        if (moved == 0) {
            refuse(Optional.of(RoleChangeRefusal.NOT_THE_OWNER));
        }
        if (!setRole(communityId, heirId, CommunityRole.ADMIN, CommunityRole.OWNER)) {
            communities().updateOne(new Document("_id", communityId).append("ownerId", heirId), Updates.set("ownerId", owner.userId()));
            refuse(Optional.of(RoleChangeRefusal.HANDOVER_TO_ADMIN));
        }
        setRole(communityId, owner.userId(), CommunityRole.OWNER, CommunityRole.ADMIN);
        audit.record(new AuditEvent("community.ownership_transferred", AuditOutcome.SUCCESS, owner.actor(), communityId, owner.origin(),
                "community " + communityId, null, "owner " + owner.userId(), "owner " + heirId));
        return true;
    }

    /**
     * Owners by membership that are not the community's {@code ownerId} (a handover stopped half-way) become admins,
     * and the {@code ownerId}'s membership becomes the owner's. One read of the owners by membership and one of the
     * communities at start; a write only where the two disagree.
     */
    void repairOwnership(@Observes DatabaseReady ready) {
        Map<String, String> ownerOf = new HashMap<>();
        communities().find().projection(Projections.include("ownerId"))
                .forEach(c -> ownerOf.put(c.getString("_id"), c.getString("ownerId")));
        Set<String> owned = new HashSet<>();
        for (Document owner : membershipCollection().find(new Document("role", CommunityRole.OWNER.name()))) {
            String communityId = owner.getString("communityId");
            String ownerId = ownerOf.get(communityId);
            if (ownerId == null || ownerId.equals(owner.getString("userId"))) {
                owned.add(communityId);
            } else {
                setRole(communityId, owner.getString("userId"), CommunityRole.OWNER, CommunityRole.ADMIN);
                LOG.warning(() -> "Ownership of " + communityId + " is " + ownerId + "'s: " + owner.getString("userId") + " is admin again");
            }
        }
        ownerOf.forEach((communityId, ownerId) -> {
            if (ownerId != null && !owned.contains(communityId)) {
                setRole(communityId, ownerId, CommunityRole.ADMIN, CommunityRole.OWNER);
            }
        });
    }

    private boolean setRole(String communityId, String userId, CommunityRole from, CommunityRole to) {
        return membershipCollection().updateOne(new Document("_id", Membership.key(communityId, userId)).append("role", from.name()),
                Updates.set("role", to.name())).getModifiedCount() == 1;
    }

    private static void refuse(Optional<RoleChangeRefusal> refusal) {
        if (refusal.isPresent()) {
            throw new AccessDeniedException(RoleChangeRefusal.CODE, refusal.get().message());
        }
    }

    private MongoCollection<Document> communities() {
        return mongo.database().getCollection("communities");
    }

    private MongoCollection<Document> membershipCollection() {
        return mongo.database().getCollection("memberships");
    }
}
