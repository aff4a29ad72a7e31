package org.tradeexecutor.communities.control;

import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.Invite;
import org.tradeexecutor.communities.entity.InviteRefusal;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.control.MongoConnection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Joining a community by invite code (PRODUCT A6): hosts make codes for traders or viewers, limited in uses and time;
 * a signed-in user redeems one and is a member at once. The community's plan caps how many members invites bring in.
 */
@ApplicationScoped
public class Invites {

    /** No 0/O, 1/I/L: a code is read aloud and typed from a Discord message. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 10;
    public static final int MAX_USES = 1_000;
    public static final int MAX_DAYS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InviteRepository invites;

    @Inject
    CommunityRepository communities;

    @Inject
    MongoConnection mongo;

    @Inject
    SecurityAuditLog audit;

    @Inject
    MemberAdmission admission;

    @Inject
    Clock clock;

    /** Either what was asked for, or why not (the refusal and a sentence for the person). */
    public record Outcome<T>(T value, InviteRefusal refusal, String reason) {
        static <T> Outcome<T> done(T value) {
            return new Outcome<>(value, null, null);
        }

        static <T> Outcome<T> refused(InviteRefusal refusal, String reason) {
            return new Outcome<>(null, refusal, reason);
        }

        public boolean ok() {
            return refusal == null;
        }
    }

    /**
     * A new code of the community.
     *
     * @param role    TRADER or VIEWER; null means TRADER
     * @param maxUses 1–1,000; null means 25
     * @param days    1–30 days of validity; null means 7
     */
    public Outcome<Invite> create(AuditEvent.Actor host, String communityId, String role, Integer maxUses, Integer days, AuditEvent.Origin origin) {
        List<String> problems = new ArrayList<>();
        CommunityRole granted = parseRole(role);
        if (granted == null) {
            problems.add("role is trader or viewer.");
        }
        int uses = maxUses == null ? 25 : maxUses;
        if (uses < 1 || uses > MAX_USES) {
            problems.add("maxUses is 1 to " + MAX_USES + ".");
        }
        int validDays = days == null ? 7 : days;
        if (validDays < 1 || validDays > MAX_DAYS) {
            problems.add("days is 1 to " + MAX_DAYS + ".");
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(InviteRefusal.INVALID_INVITE, String.join(" ", problems));
        }
        Instant now = clock.instant();
        Invite invite = new Invite(newCode(), communityId, granted, host.userId(), now, now.plus(Duration.ofDays(validDays)), uses, 0);
        invites.save(invite);
        audit.record(new AuditEvent("community.invite_created", AuditOutcome.SUCCESS, host, communityId, origin, "invite " + invite.code(),
                granted.name().toLowerCase(Locale.ROOT) + ", " + uses + " uses, " + validDays + " days"));
        return Outcome.done(invite);
    }

    /** The community's codes that can still be used, newest first. */
    public List<Invite> open(String communityId) {
        Instant now = clock.instant();
        return invites.findByCommunityId(communityId).stream().filter(i -> i.openAt(now))
                .sorted(Comparator.comparing(Invite::createdAt).reversed()).toList();
    }

    /** @return false when the community has no such code (another community's code is not found either) */
    public boolean revoke(AuditEvent.Actor host, String communityId, String code, AuditEvent.Origin origin) {
        Optional<Invite> invite = find(code).filter(i -> i.communityId().equals(communityId));
        invite.ifPresent(revoked -> {
            invites.delete(revoked);
            audit.record(new AuditEvent("community.invite_revoked", AuditOutcome.SUCCESS, host, communityId, origin, "invite " + revoked.code(), null));
        });
        return invite.isPresent();
    }

    /** The user joins the code's community with its role, once; a code that is unknown, expired or used up changes nothing. */
    public Outcome<Membership> join(AuditEvent.Actor user, String code, AuditEvent.Origin origin) {
        Instant now = clock.instant();
        Optional<Invite> found = find(code);
        if (found.isEmpty()) {
            return Outcome.refused(InviteRefusal.UNKNOWN_INVITE, "There is no such invite code: check it with whoever sent it.");
        }
        Invite invite = found.get();
        if (!now.isBefore(invite.expiresAt())) {
            return Outcome.refused(InviteRefusal.INVITE_EXPIRED, "This invite code has expired: ask for a new one.");
        }
        Optional<Community> community = communities.findById(invite.communityId());
        if (community.isEmpty()) {
            return Outcome.refused(InviteRefusal.UNKNOWN_INVITE, "There is no such invite code: check it with whoever sent it.");
        }
        Optional<Outcome<Membership>> refusal = admission.refusal(community.get(), user.userId());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!claimUse(invite)) {
            return Outcome.refused(InviteRefusal.INVITE_USED_UP, "This invite code has been used as often as it may: ask for a new one.");
        }
        Membership membership = admission.admit(user, community.get(), invite.role(), "invite " + invite.code(), origin);
        return Outcome.done(membership);
    }

    /** Counts one use where uses are left, in one conditional update: two people cannot take the last use both. */
    private boolean claimUse(Invite invite) {
        return mongo.database().getCollection("invites").findOneAndUpdate(
                new Document("_id", invite.code()).append("uses", new Document("$lt", invite.maxUses())), Updates.inc("uses", 1)) != null;
    }

    private Optional<Invite> find(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return normalized.isEmpty() ? Optional.empty() : invites.findById(normalized);
    }

    private static CommunityRole parseRole(String role) {
        if (role == null || role.isBlank()) {
            return CommunityRole.TRADER;
        }
        try {
            CommunityRole parsed = CommunityRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
            return parsed.isHost() ? null : parsed;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
