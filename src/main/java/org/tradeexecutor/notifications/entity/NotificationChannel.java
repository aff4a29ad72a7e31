package org.tradeexecutor.notifications.entity;

import java.util.Arrays;
import java.util.Optional;

/** Where a notification goes: the app (history and toasts) or a direct message from the bot on Discord. */
public enum NotificationChannel {
    IN_APP("inApp"), DISCORD_DM("discordDm");

    private final String code;

    NotificationChannel(String code) {
        this.code = code;
    }

    public String code() { return code; }

    public static Optional<NotificationChannel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
