package org.tradeexecutor.subscriptions.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.platform.control.LookupCache;
import org.tradeexecutor.platform.control.LookupCaches;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.subscriptions.entity.ProviderFollowed;
import org.tradeexecutor.subscriptions.entity.Subscription;
import org.tradeexecutor.subscriptions.entity.SubscriptionRefused;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who follows which provider (PRODUCT T1). The caller has checked that the provider belongs to the community; every
 * follow, change and unfollow is audited.
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    Event<ProviderFollowed> followed;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    @Inject
    LookupCaches lookups;

    private LookupCache<List<Subscription>> followers;

    @PostConstruct
    void keep() {
        followers = lookups.named("active-followers");
    }

    public List<Subscription> of(String userId) {
        return subscriptions.findByUserId(userId);
    }

    public Optional<Subscription> find(String communityId, String userId, String providerId) {
        return subscriptions.findById(Subscription.idOf(communityId, userId, providerId));
    }

    /** Many followers' subscriptions to one provider, by user id, in one read; those who do not follow it are missing. */
    public Map<String, Subscription> find(String communityId, String providerId, Collection<String> userIds) {
        return subscriptions.findByIdIn(userIds.stream().map(userId -> Subscription.idOf(communityId, userId, providerId)).toList()).stream()
                .collect(Collectors.toMap(Subscription::getUserId, s -> s, (a, b) -> a));
    }

    /**
     * The active subscriptions to a provider in its community: who a signal fans out to. Kept between signals and
     * dropped where a subscription to the provider is written; the list is shared, its readers change nothing in it.
     */
    public List<Subscription> activeFollowers(String communityId, String providerId) {
        return followers.get(followersKey(communityId, providerId), key -> subscriptions.findByProviderId(providerId).stream()
                .filter(s -> s.isActive() && s.getCommunityId().equals(communityId)).toList());
    }

    /** Every write of a subscription: who follows its provider is read again. */
    private Subscription store(Subscription subscription) {
        Subscription saved = subscriptions.save(subscription);
        followers.invalidate(followersKey(subscription.getCommunityId(), subscription.getProviderId()));
        return saved;
    }

    private static String followersKey(String communityId, String providerId) {
        return communityId + ":" + providerId;
    }

    /**
     * Follows (again) with the given settings; following twice changes nothing but the settings.
     *
     * @throws ActionRefused when the member may not trade here (a viewer, a suspended member)
     */
    public Subscription follow(String communityId, String userId, String providerId, SubscriptionSettings settings,
                               AuditEvent.Actor by, AuditEvent.Origin origin) {
        memberships.require(userId, communityId, MemberAction.TRADE);
        requireValid(settings);
        Subscription subscription = find(communityId, userId, providerId)
                .orElseGet(() -> new Subscription(communityId, userId, providerId, clock.instant()));
        if (!subscription.isActive()) {
            subscription.follow(clock.instant());
        }
        subscription.change(settings);
        Subscription saved = store(subscription);
        audit.record(new AuditEvent("subscription.follow", AuditOutcome.SUCCESS, by, communityId, origin, "provider " + providerId, null));
        followed.fire(new ProviderFollowed(communityId, userId, providerId, saved.getFollowedAt()));
        return saved;
    }

    /** @throws ActionRefused when the member may not trade here */
    public Subscription change(Subscription subscription, SubscriptionSettings settings, AuditEvent.Actor by, AuditEvent.Origin origin) {
        memberships.require(subscription.getUserId(), subscription.getCommunityId(), MemberAction.TRADE);
        requireValid(settings);
        subscription.change(settings);
        Subscription saved = store(subscription);
        audit.record(new AuditEvent("subscription.change", AuditOutcome.SUCCESS, by, subscription.getCommunityId(), origin,
                "provider " + subscription.getProviderId(), null));
        return saved;
    }

    public void unfollow(Subscription subscription, AuditEvent.Actor by, AuditEvent.Origin origin) {
        subscription.unfollow(clock.instant());
        store(subscription);
        audit.record(new AuditEvent("subscription.unfollow", AuditOutcome.SUCCESS, by, subscription.getCommunityId(), origin,
                "provider " + subscription.getProviderId(), null));
    }

    private static void requireValid(SubscriptionSettings s) {
        if (s.autoExecute() == null) {
            throw new SubscriptionRefused("autoExecute must be INHERIT, ON or OFF.");
        }
        within("copyMultiplier", s.copyMultiplier(), "0.01", "10", true);
        within("stopLossPercent", s.stopLossPercent(), "0.1", "50", false);
        within("takeProfitPercent", s.takeProfitPercent(), "0.1", "500", false);
        within("leverageCap", s.leverageCap(), "1", "125", false);
        if (s.sizing() != null) {
            if (s.sizing().mode() == null) {
                throw new SubscriptionRefused("sizing.mode must be FIXED_AMOUNT, PERCENT_OF_EQUITY, RISK_BASED or KELLY.");
            }
            within("sizing.value", s.sizing().value(), "0.01", "1000000", true);
        }
    }

    private static void within(String field, BigDecimal value, String min, String max, boolean required) {
        if (value == null) {
            if (required) {
                throw new SubscriptionRefused(field + " is required.");
            }
            return;
        }
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            throw new SubscriptionRefused(field + " must be between " + min + " and " + max + " (was " + value.toPlainString() + ").");
        }
    }
}
