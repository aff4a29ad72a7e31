package org.tradeexecutor.notifications.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A user's choices per notification type and channel, keyed by the user id; what is not chosen is the type's
 * default. Stored as {@code "fill:inApp:on"} entries, read by one look-up by id.
 */
@Entity("notification_preferences")
public class NotificationPreferences {

    @Id
    private String id;
    @Column
    private List<String> levels;

    public NotificationPreferences() {
    }

    public NotificationPreferences(String userId) {
        this.id = userId;
        this.levels = new ArrayList<>();
    }

    public String getId() { return id; }

    public DeliveryLevel level(NotificationType type, NotificationChannel channel) {
        return chosen().getOrDefault(key(type, channel), type.defaultLevel(channel));
    }

    public void choose(NotificationType type, NotificationChannel channel, DeliveryLevel level) {
        Map<String, DeliveryLevel> chosen = chosen();
        chosen.put(key(type, channel), level);
        levels = chosen.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().code()).sorted().toList();
    }

    private Map<String, DeliveryLevel> chosen() {
        Map<String, DeliveryLevel> chosen = new java.util.HashMap<>();
        for (String entry : levels == null ? List.<String>of() : levels) {
            int last = entry.lastIndexOf(':');
            if (last > 0) {
                DeliveryLevel.ofCode(entry.substring(last + 1)).ifPresent(level -> chosen.put(entry.substring(0, last), level));
            }
        }
        return chosen;
    }

    private static String key(NotificationType type, NotificationChannel channel) {
        return type.code() + ":" + channel.code();
    }

    /** Every type with its level on each channel, in the order of {@link NotificationType}. */
    public Map<NotificationType, Map<NotificationChannel, DeliveryLevel>> all() {
        Map<NotificationType, Map<NotificationChannel, DeliveryLevel>> all = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            Map<NotificationChannel, DeliveryLevel> byChannel = new EnumMap<>(NotificationChannel.class);
            for (NotificationChannel channel : NotificationChannel.values()) {
                byChannel.put(channel, level(type, channel));
            }
            all.put(type, byChannel);
        }
        return all;
    }
}
