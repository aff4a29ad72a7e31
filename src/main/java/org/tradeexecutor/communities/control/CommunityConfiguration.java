package org.tradeexecutor.communities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunitySettings;

import java.util.Optional;

/** A community's settings, read and changed (every change audited with what changed). */
@ApplicationScoped
public class CommunityConfiguration {

    @Inject
    CommunityRepository communities;

    @Inject
    SecurityAuditLog audit;

    public Optional<CommunitySettings> of(String communityId) {
        return communities.findById(communityId).map(CommunitySettings::of);
    }

    /** Applies the fields given (null leaves one as it is; a blank guild id clears it). */
    public Optional<CommunitySettings> change(String communityId, CommunitySettings wanted, AuditEvent.Actor by, AuditEvent.Origin origin) {
        return communities.findById(communityId).map(community -> {
            CommunitySettings before = CommunitySettings.of(community);
            String guild = wanted.discordGuildId() == null ? before.discordGuildId()
                    : wanted.discordGuildId().isBlank() ? null : wanted.discordGuildId().trim();
            community.configure(wanted.autoExecuteByDefault() == null ? before.autoExecuteByDefault() : wanted.autoExecuteByDefault(), guild);
            Community saved = communities.save(community);
            CommunitySettings after = CommunitySettings.of(saved);
            audit.record(new AuditEvent("community.settings", AuditOutcome.SUCCESS, by, communityId, origin, "community " + communityId,
                    before + " -> " + after));
            return after;
        });
    }
}
