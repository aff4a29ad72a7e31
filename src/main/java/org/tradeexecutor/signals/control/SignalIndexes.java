package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.time.Duration;
import java.util.List;

@ApplicationScoped
public class SignalIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.of("providers", "community", new Document("communityId", 1)),
                IndexDefinition.of("providers", "discord_channel", new Document("discordChannelId", 1)),
                IndexDefinition.of("signals", "community_received", new Document("communityId", 1).append("receivedAt", -1)),
                IndexDefinition.of("signals", "community_provider_received",
                        new Document("communityId", 1).append("providerId", 1).append("receivedAt", -1)),
                IndexDefinition.of("signals", "community_status_received",
                        new Document("communityId", 1).append("status", 1).append("receivedAt", -1)),
                // The review queue, counted and listed by community (PRODUCT S6).
                IndexDefinition.of(SignalReviews.QUEUE, "community_received", new Document("communityId", 1).append("receivedAt", 1)),
                // A lapsed delivery is taken over only if still as read ("this id, if it still lapses then").
                IndexDefinition.unique(WebhookDeliveries.COLLECTION, "id_expires", new Document("_id", 1).append("expiresAt", 1)),
                IndexDefinition.expiring(WebhookDeliveries.COLLECTION, "expires", "expiresAt", Duration.ZERO),
                // Unbinding deletes "this channel, if this provider holds it".
                IndexDefinition.unique(ChannelBindings.COLLECTION, "id_provider", new Document("_id", 1).append("providerId", 1)));
    }
}
