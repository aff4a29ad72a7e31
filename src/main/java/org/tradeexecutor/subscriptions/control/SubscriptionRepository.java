package org.tradeexecutor.subscriptions.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.util.Collection;
import java.util.List;

@Repository
public interface SubscriptionRepository extends BasicRepository<Subscription, String> {

    List<Subscription> findByProviderId(String providerId);

    List<Subscription> findByUserId(String userId);

    List<Subscription> findByIdIn(Collection<String> ids);
}
