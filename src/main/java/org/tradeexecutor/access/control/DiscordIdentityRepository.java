package org.tradeexecutor.access.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.access.entity.DiscordIdentity;

/** Linked Discord accounts by Discord user id. */
@Repository
public interface DiscordIdentityRepository extends BasicRepository<DiscordIdentity, String> {
}
