package org.tradeexecutor.communities.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.tradeexecutor.platform.control.IndexCatalog;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

@ApplicationScoped
public class CommunityIndexes implements IndexCatalog {

    @Override
    public List<IndexDefinition> indexes() {
        return List.of(
                IndexDefinition.of("communities", "name", new Document("name", 1)),
                IndexDefinition.of("communities", "discord_guild", new Document("discordGuildId", 1)),
                IndexDefinition.unique("memberships", "community_user", new Document("communityId", 1).append("userId", 1)),
                IndexDefinition.of("memberships", "user", new Document("userId", 1)),
                IndexDefinition.of("memberships", "community_role", new Document("communityId", 1).append("role", 1)));
    }
}
