package org.tradeexecutor.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.tradeexecutor.access.control.PasswordHasher;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.communities.control.CommunityRepository;
import org.tradeexecutor.communities.control.MembershipRepository;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.demo.entity.DemoAccount;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.AutoExecute;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.math.BigDecimal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Seeds the demo community, its accounts and its webhook provider once, in demo mode, into an empty database. */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    DemoMode demoMode;

    @Inject
    UserRepository users;

    @Inject
    CommunityRepository communities;

    @Inject
    MembershipRepository memberships;

    @Inject
    PasswordHasher hasher;

    @Inject
    Providers providers;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Clock clock;

    void seed(@Observes DatabaseReady ready) {
        if (!demoMode.isEnabled()) {
            return;
        }
        if (users.findAll().findAny().isPresent()) {
            LOG.info("Demo mode: the database already holds users; nothing seeded");
            return;
        }
        Instant now = clock.instant();
        String passwordHash = hasher.hash(demoMode.getPassword());
        Map<String, User> created = DemoMode.ACCOUNTS.stream().collect(Collectors.toMap(DemoAccount::username,
                account -> users.save(new User(new ObjectId().toHexString(), account.username(), account.displayName(),
                        passwordHash, account.platformAdmin(), now))));
        String ownerId = created.get(DemoMode.ACCOUNTS.stream()
                .filter(a -> a.role() == CommunityRole.OWNER).findFirst().orElseThrow().username()).getId();
        Community community = communities.save(new Community(new ObjectId().toHexString(), DemoMode.COMMUNITY_NAME, ownerId, "FREE", now));
        int order = 0;
        for (DemoAccount account : DemoMode.ACCOUNTS) {
            // Distinct join times keep "oldest membership first" stable.
            memberships.save(new Membership(community.getId(), created.get(account.username()).getId(), account.role(),
                    MembershipStatus.ACTIVE, null, now.plusMillis(order++)));
        }
        AuditEvent.Actor seeding = new AuditEvent.Actor(ownerId, "demo seeding");
        String providerId = providers.create(community.getId(), DemoMode.PROVIDER_NAME, ProviderType.WEBHOOK, null, null, seeding,
                AuditEvent.Origin.INTERNAL, demoMode.getWebhookSecret()).provider().getId();
        for (String follower : DemoMode.FOLLOWERS) {
            follow(community.getId(), created.get(follower).getId(), providerId, seeding);
        }
        for (int n = 1; n <= demoMode.getExtraFollowers(); n++) {
            User extra = users.save(new User(new ObjectId().toHexString(), "follower" + n, "Demo follower " + n, passwordHash, false, now));
            memberships.save(new Membership(community.getId(), extra.getId(), CommunityRole.TRADER, MembershipStatus.ACTIVE, null,
                    now.plusMillis(order++)));
            follow(community.getId(), extra.getId(), providerId, seeding);
        }
        LOG.info(() -> "Demo mode: seeded " + DemoMode.COMMUNITY_NAME + " with " + created.size() + " accounts, "
                + demoMode.getExtraFollowers() + " extra followers and the webhook provider " + DemoMode.PROVIDER_NAME);
    }

    /** The demo traders follow the demo provider with auto-execute on, so a webhook signal becomes paper orders at once. */
    private void follow(String communityId, String userId, String providerId, AuditEvent.Actor by) {
        SubscriptionSettings autoExecute = new SubscriptionSettings(AutoExecute.ON, null, BigDecimal.ONE, null, null, null, false, true, true);
        subscriptions.follow(communityId, userId, providerId, autoExecute, by, AuditEvent.Origin.INTERNAL);
    }
}
