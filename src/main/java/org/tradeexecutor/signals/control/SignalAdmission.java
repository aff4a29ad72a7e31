package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.SignalRefusal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the community takes a well-read signal (PRODUCT C5): an entry of an asset class its settings do not allow is
 * refused. Exits and updates always pass, so a follower can get out of what an earlier setting let in.
 */
@ApplicationScoped
public class SignalAdmission {

    @Inject
    Memberships memberships;

    public Optional<SignalRefusal> refusal(String communityId, ParsedSignal parsed) {
        if (parsed.kind() != SignalKind.ENTRY || parsed.assetClass() == null) {
            return Optional.empty();
        }
        Set<AssetClass> allowed = memberships.community(communityId).map(Community::allowedAssetClasses).orElseGet(() -> EnumSet.allOf(AssetClass.class));
        if (allowed.contains(parsed.assetClass())) {
            return Optional.empty();
        }
        return Optional.of(new SignalRefusal("asset_class_not_allowed", "This community trades " + allowed.stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + " only: a " + parsed.assetClass().name() + " signal is not executed."));
    }
}
