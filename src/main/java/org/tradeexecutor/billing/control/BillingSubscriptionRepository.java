package org.tradeexecutor.billing.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.billing.entity.BillingSubscription;

@Repository
public interface BillingSubscriptionRepository extends BasicRepository<BillingSubscription, String> {
}
