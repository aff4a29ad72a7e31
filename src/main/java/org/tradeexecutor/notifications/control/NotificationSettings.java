package org.tradeexecutor.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.notifications.entity.DeliveryLevel;
import org.tradeexecutor.notifications.entity.NotificationChannel;
import org.tradeexecutor.notifications.entity.NotificationPreferences;
import org.tradeexecutor.notifications.entity.NotificationType;
import org.tradeexecutor.platform.control.LookupCache;
import org.tradeexecutor.platform.control.LookupCaches;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each user's notification preferences. A fill asks them for every follower, so they are kept between fills
 * ({@link LookupCaches}): a change drops them on every instance; one made straight in the store is seen within
 * {@code LOOKUP_CACHE_SECONDS}.
 */
@ApplicationScoped
public class NotificationSettings {

    /** One change asked for: names as the API spells them ({@code fill}, {@code inApp}, {@code silent}). */
    public record Choice(String type, String channel, String level) {
    }

    @Inject
    NotificationPreferencesRepository repository;

    @Inject
    LookupCaches lookups;

    /** Shared: read only (a change is made on a copy read from the store). */
    private LookupCache<NotificationPreferences> kept;

    @PostConstruct
    void keep() {
        kept = lookups.named("notification-preferences");
    }

    public NotificationPreferences of(String userId) {
        return of(List.of(userId)).get(userId);
    }

    /** Many users' preferences, by user id (every one present); those not kept are read in one query. */
    public Map<String, NotificationPreferences> of(Collection<String> userIds) {
        return kept.getAll(userIds, missing -> {
            Map<String, NotificationPreferences> stored = new HashMap<>();
            (missing.size() == 1 ? repository.findById(missing.iterator().next()).stream().toList() : repository.findByIdIn(missing))
                    .forEach(p -> stored.put(p.getId(), p));
            missing.forEach(userId -> stored.computeIfAbsent(userId, NotificationPreferences::new));
            return stored;
        });
    }

    /** Applies every choice, or none when one names an unknown type, channel or level (the problems, one sentence each). */
    public List<String> change(String userId, List<Choice> choices) {
        List<String> problems = new ArrayList<>();
        NotificationPreferences preferences = repository.findById(userId).orElseGet(() -> new NotificationPreferences(userId));
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (choice == null) {
                problems.add("preferences[" + i + "] is empty.");
                continue;
            }
            var type = NotificationType.ofCode(choice.type());
            var channel = NotificationChannel.ofCode(choice.channel());
            var level = DeliveryLevel.ofCode(choice.level());
            if (type.isEmpty()) {
                problems.add("preferences[" + i + "].type must be one of " + codes(NotificationType.values()) + ".");
            }
            if (channel.isEmpty()) {
                problems.add("preferences[" + i + "].channel must be inApp or discordDm.");
            }
            if (level.isEmpty()) {
                problems.add("preferences[" + i + "].level must be on, silent or off.");
            }
            if (type.isPresent() && channel.isPresent() && level.isPresent()) {
                preferences.choose(type.get(), channel.get(), level.get());
            }
        }
        if (problems.isEmpty()) {
            repository.save(preferences);
            kept.invalidate(userId);
        }
        return problems;
    }

    private static String codes(NotificationType[] types) {
        List<String> codes = new ArrayList<>();
        for (NotificationType type : types) {
            codes.add(type.code());
        }
        return String.join(", ", codes);
    }
}
