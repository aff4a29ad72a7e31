package org.tradeexecutor.notifications.entity;

import java.util.List;

/**
 * @param discordLinked            whether the user linked Discord (direct messages need it)
 * @param directMessagesAvailable  whether the bot is set up to send them ({@code DISCORD_BOT_TOKEN})
 */
public record PreferencesView(List<PreferenceRow> preferences, boolean discordLinked, boolean directMessagesAvailable) {

    public static PreferencesView of(NotificationPreferences preferences, boolean discordLinked, boolean directMessagesAvailable) {
        List<PreferenceRow> rows = preferences.all().entrySet().stream().map(e -> new PreferenceRow(e.getKey().code(), e.getKey().label(),
                e.getKey().forHosts(), e.getValue().get(NotificationChannel.IN_APP).code(), e.getValue().get(NotificationChannel.DISCORD_DM).code())).toList();
        return new PreferencesView(rows, discordLinked, directMessagesAvailable);
    }
}
