package org.tradeexecutor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.notifications.entity.DeliveryLevel;
import org.tradeexecutor.notifications.entity.NotificationChannel;
import org.tradeexecutor.notifications.entity.NotificationPreferences;
import org.tradeexecutor.notifications.entity.NotificationRequested;
import org.tradeexecutor.realtime.control.ConnectedClients;
import org.tradeexecutor.realtime.entity.Notice;
import org.tradeexecutor.realtime.entity.Topic;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place a notification is decided (PRODUCT T4): the user's level for its type on each channel says whether it
 * is kept in the history, shown as a toast (only ON), and sent as a Discord direct message.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    NotificationSettings settings;

    @Inject
    NotificationWriter writer;

    @Inject
    DirectMessages directMessages;

    @Inject
    ConnectedClients clients;

    @Inject
    Clock clock;

    public void deliver(NotificationRequested request) {
        deliver(request, settings.of(request.userId()));
    }

    /**
     * Many at once (a fan-out slice's fills): their users' preferences read together, and the history written before
     * this returns — one insert for the slice, not left to wait for the writer's next round behind other scheduled work.
     */
    public void deliverAll(List<NotificationRequested> requests) {
        Map<String, NotificationPreferences> preferences = settings.of(requests.stream().map(NotificationRequested::userId).collect(Collectors.toSet()));
        requests.forEach(request -> deliver(request, preferences.get(request.userId())));
        writer.flush();
    }

    private void deliver(NotificationRequested request, NotificationPreferences preferences) {
        DeliveryLevel inApp = preferences.level(request.type(), NotificationChannel.IN_APP);
        if (inApp != DeliveryLevel.OFF) {
            writer.queue(NotificationHistory.entry(request.userId(), request.type(), request.severity(), request.summary(), request.detail(),
                    request.communityId(), clock.instant()));
        }
        if (inApp == DeliveryLevel.ON && clients.listening(request.userId(), Topic.NOTIFICATIONS)) {
            clients.toUser(request.userId(), Topic.NOTIFICATIONS, "notification", new Notice(request.severity(), request.summary(), request.detail()));
        }
        DeliveryLevel direct = preferences.level(request.type(), NotificationChannel.DISCORD_DM);
        if (direct != DeliveryLevel.OFF) {
            directMessages.queue(request.userId(), request.summary() + (request.detail() == null || request.detail().isBlank() ? "" : " — " + request.detail()),
                    direct == DeliveryLevel.SILENT);
        }
    }
}
