package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.SignalRefusal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the community takes a well-read signal: an entry of an asset class its settings do not allow is refused
 * (PRODUCT C5; exits and updates always pass, so a follower can get out of what an earlier setting let in); past the
 * plan's signals of the day, any signal is refused (C6). A refused signal does not count against the plan.
 */
@ApplicationScoped
public class SignalAdmission {

    @Inject
    Memberships memberships;

    @Inject
    SignalAllowance allowance;

    public Optional<SignalRefusal> refusal(String communityId, ParsedSignal parsed) {
        Optional<Community> community = memberships.community(communityId);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        Set<AssetClass> allowed = community.get().allowedAssetClasses();
        if (parsed.kind() == SignalKind.ENTRY && parsed.assetClass() != null && !allowed.contains(parsed.assetClass())) {
            return Optional.of(new SignalRefusal("asset_class_not_allowed", "This community trades " + allowed.stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + " only: a " + parsed.assetClass().name() + " signal is not executed."));
        }
        Plan plan = community.get().plan();
        if (!allowance.take(communityId, plan)) {
            return Optional.of(new SignalRefusal("plan_limit", "The " + plan.label() + " plan takes " + plan.maxSignalsPerDay()
                    + " signals a day (UTC) and today's are used: this signal is not executed. Upgrade the plan for more."));
        }
        return Optional.empty();
    }
}
