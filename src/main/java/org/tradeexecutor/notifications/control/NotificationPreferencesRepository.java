package org.tradeexecutor.notifications.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.notifications.entity.NotificationPreferences;

import java.util.Collection;
import java.util.List;

@Repository
public interface NotificationPreferencesRepository extends BasicRepository<NotificationPreferences, String> {

    List<NotificationPreferences> findByIdIn(Collection<String> ids);
}
