package org.tradeexecutor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.notifications.entity.DeliveryLevel;
import org.tradeexecutor.notifications.entity.NotificationChannel;
import org.tradeexecutor.notifications.entity.NotificationPreferences;
import org.tradeexecutor.notifications.entity.NotificationType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each user's notification preferences. A fill asks them for every follower, so they are kept here for
 * {@value #FRESH_MILLIS} ms (a change on this instance replaces them at once; one made on another instance is seen
 * within that time).
 */
@ApplicationScoped
public class NotificationSettings {

    static final long FRESH_MILLIS = 30_000;
    private static final int MAX_CACHED = 20_000;

    private record Cached(NotificationPreferences preferences, long loadedAt) {
    }

    /** One change asked for: names as the API spells them ({@code fill}, {@code inApp}, {@code silent}). */
    public record Choice(String type, String channel, String level) {
    }

    @Inject
    NotificationPreferencesRepository repository;

    @Inject
    Clock clock;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public NotificationPreferences of(String userId) {
        return of(List.of(userId)).get(userId);
    }

    /** Many users' preferences, by user id (every one present); those not kept here are read in one query. */
    public Map<String, NotificationPreferences> of(Collection<String> userIds) {
        long now = clock.millis();
        Map<String, NotificationPreferences> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String userId : userIds) {
            Cached cached = cache.get(userId);
            if (cached != null && now - cached.loadedAt() < FRESH_MILLIS) {
                found.put(userId, cached.preferences());
            } else {
                missing.add(userId);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<String, NotificationPreferences> stored = new HashMap<>();
        (missing.size() == 1 ? repository.findById(missing.get(0)).stream().toList() : repository.findByIdIn(missing))
                .forEach(p -> stored.put(p.getId(), p));
        if (cache.size() + missing.size() > MAX_CACHED) {
            cache.clear();
        }
        for (String userId : missing) {
            NotificationPreferences preferences = stored.getOrDefault(userId, new NotificationPreferences(userId));
            cache.put(userId, new Cached(preferences, now));
            found.put(userId, preferences);
        }
        return found;
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
            cache.put(userId, new Cached(preferences, clock.millis()));
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
