package org.tradeexecutor.signals.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.signals.entity.Provider;

import java.util.List;

@Repository
public interface ProviderRepository extends BasicRepository<Provider, String> {

    List<Provider> findByCommunityId(String communityId);

    List<Provider> findByDiscordChannelId(String discordChannelId);
}
