package org.tradeexecutor.communities.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunitySettings;
import org.tradeexecutor.communities.entity.CommunityTerms;
import org.tradeexecutor.platform.control.LookupCache;
import org.tradeexecutor.platform.control.LookupCaches;
import org.tradeexecutor.communities.entity.Plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Optional;

/** A community's settings, read and changed (every change audited with what changed). */
@ApplicationScoped
public class CommunityConfiguration {

    @Inject
    CommunityRepository communities;

    @Inject
    SecurityAuditLog audit;

    @Inject
    LookupCaches lookups;

    private LookupCache<CommunityTerms> terms;

    @PostConstruct
    void keep() {
        terms = lookups.named("community-terms");
    }

    public Optional<CommunitySettings> of(String communityId) {
        return communities.findById(communityId).map(CommunitySettings::of);
    }

    /**
     * What a signal's fan-out needs of the community (auto-execution by default, trading hours), kept between signals
     * and dropped where the settings change; {@link CommunityTerms#NONE} when there is no such community.
     */
    public CommunityTerms termsOf(String communityId) {
        CommunityTerms kept = terms.get(communityId, id -> communities.findById(id).map(CommunityTerms::of).orElse(null));
        return kept == null ? CommunityTerms.NONE : kept;
    }

    /**
     * Applies the fields given (null leaves one as it is; a blank id clears it) when all of them are valid; with any
     * problem nothing changes.
     *
     * @return the settings now, or the problems; empty when there is no such community
     */
    public Optional<Change> change(String communityId, CommunitySettings wanted, AuditEvent.Actor by, AuditEvent.Origin origin) {
        return communities.findById(communityId).map(community -> {
            CommunitySettings before = CommunitySettings.of(community);
            CommunitySettingsRules.Checked checked = CommunitySettingsRules.check(before, wanted);
            if (!checked.problems().isEmpty()) {
                return new Change(null, checked.problems());
            }
            community.configure(checked.settings());
            Community saved = communities.save(community);
            terms.invalidate(communityId);
            CommunitySettings after = CommunitySettings.of(saved);
            Map<String, Object> was = before.fields();
            Map<String, Object> now = after.fields();
            List<String> changed = now.keySet().stream().filter(field -> !Objects.equals(was.get(field), now.get(field))).toList();
            audit.record(new AuditEvent("community.settings", AuditOutcome.SUCCESS, by, communityId, origin, "community " + communityId,
                    changed.isEmpty() ? "nothing changed" : String.join(", ", changed), only(was, changed), only(now, changed)));
            return new Change(after, List.of());
        });
    }

    /**
     * Puts the community on a plan (billing, or a platform admin by hand), audited {@code community.plan_changed} with
     * before and after and why.
     *
     * @return the plan it had; empty when there is no such community
     */
    public Optional<Plan> changePlan(String communityId, Plan plan, AuditEvent.Actor by, AuditEvent.Origin origin, String why) {
        return communities.findById(communityId).map(community -> {
            Plan before = community.plan();
            if (before != plan) {
                community.changePlan(plan);
                communities.save(community);
            }
            audit.record(new AuditEvent("community.plan_changed", AuditOutcome.SUCCESS, by, communityId, origin, "community " + communityId, why,
                    before.name(), plan.name()));
            return before;
        });
    }

    private static String only(Map<String, Object> fields, List<String> names) {
        return names.stream().map(name -> name + "=" + fields.get(name)).collect(Collectors.joining("; "));
    }

    /** @param settings the settings after a change without problems */
    public record Change(CommunitySettings settings, List<String> problems) {
    }
}
