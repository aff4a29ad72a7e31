package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.communities.entity.Plan;
import org.tradeexecutor.platform.control.SecretBox;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderCreated;
import org.tradeexecutor.signals.entity.ProviderLimitReached;
import org.tradeexecutor.signals.entity.ProviderType;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A community's signal providers (PRODUCT S1): tenant-scoped look-ups, plan limits, webhook secrets. */
@ApplicationScoped
public class Providers {

    @Inject
    ProviderRepository providers;

    @Inject
    Memberships memberships;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    public List<Provider> of(String communityId) {
        return providers.findByCommunityId(communityId).stream().sorted(Comparator.comparing(Provider::getCreatedAt)).toList();
    }

    /** The provider if it belongs to this community; a provider of another community is as good as absent. */
    public Optional<Provider> find(String communityId, String providerId) {
        return providers.findById(providerId).filter(p -> p.getCommunityId().equals(communityId));
    }

    /** Any provider by id, for intake paths that learn the community from the provider. */
    public Optional<Provider> find(String providerId) {
        return providers.findById(providerId);
    }

    /** Creates a provider; a webhook provider gets a new secret, or {@code presetSecret} when given (demo data). */
    public ProviderCreated create(String communityId, String name, ProviderType type, String discordChannelId, String byUserId,
                                  String presetSecret) {
        Plan plan = memberships.community(communityId).map(Community::getPlan).map(Plan::of).orElse(Plan.FREE);
        if (providers.findByCommunityId(communityId).size() >= plan.maxProviders()) {
            throw new ProviderLimitReached("The " + plan.name().toLowerCase() + " plan allows " + plan.maxProviders()
                    + " providers; upgrade the plan or remove one.");
        }
        Provider provider = new Provider(new ObjectId().toHexString(), communityId, name, type, discordChannelId, byUserId, clock.instant());
        String secret = null;
        if (type == ProviderType.WEBHOOK) {
            secret = presetSecret != null ? presetSecret : SecretBox.randomSecret();
            provider.storeWebhookSecret(secrets.encrypt(secret), clock.instant());
        }
        return new ProviderCreated(providers.save(provider), secret);
    }

    /** A new webhook secret; the old one stops working at once. */
    public ProviderCreated rotateSecret(Provider provider) {
        String secret = SecretBox.randomSecret();
        provider.storeWebhookSecret(secrets.encrypt(secret), clock.instant());
        return new ProviderCreated(providers.save(provider), secret);
    }

    public Provider save(Provider provider) {
        return providers.save(provider);
    }

    public Optional<String> webhookSecret(Provider provider) {
        return Optional.ofNullable(provider.getWebhookSecretEncrypted()).map(secrets::decrypt);
    }
}
