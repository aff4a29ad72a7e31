package org.tradeexecutor.signals.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.ProviderRefused;

import java.util.Optional;

/**
 * Which provider a Discord channel is bound to: at most one, platform-wide — one community can never read another's
 * channel by binding it too. A claim {@code {_id: channelId, providerId, communityId}} is inserted when a channel is
 * bound (the store's unique id refuses a second claimant, on every instance at once) and deleted when it is unbound.
 */
@ApplicationScoped
public class ChannelBindings {

    static final String COLLECTION = "discord_channel_bindings";

    @Inject
    MongoConnection mongo;

    /** @throws ProviderRefused {@code channel_taken} when another provider holds the channel */
    public void claim(String channelId, String providerId, String communityId) {
        try {
            collection().insertOne(new Document("_id", channelId).append("providerId", providerId).append("communityId", communityId));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            if (!holder(channelId).map(providerId::equals).orElse(false)) {
                throw new ProviderRefused("channel_taken", "Discord channel " + channelId + " is bound to another provider already.");
            }
        }
    }

    /** Frees the channel, if this provider holds it. */
    public void release(String channelId, String providerId) {
        collection().deleteOne(new Document("_id", channelId).append("providerId", providerId));
    }

    /** The provider the channel is bound to. */
    public Optional<String> holder(String channelId) {
        return Optional.ofNullable(collection().find(new Document("_id", channelId)).first()).map(d -> d.getString("providerId"));
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
