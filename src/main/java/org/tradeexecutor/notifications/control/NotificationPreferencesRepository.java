package org.tradeexecutor.notifications.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.notifications.entity.NotificationPreferences;

@Repository
public interface NotificationPreferencesRepository extends BasicRepository<NotificationPreferences, String> {
}
