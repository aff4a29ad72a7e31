package org.tradeexecutor.notifications.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How loud a notification is on a channel. In the app: ON is kept in the history and shown as a toast, SILENT is
 * only kept, OFF neither. On Discord: ON is a direct message, SILENT one that does not ping (Discord's
 * SUPPRESS_NOTIFICATIONS flag), OFF none.
 */
public enum DeliveryLevel {
    ON, SILENT, OFF;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<DeliveryLevel> ofCode(String code) {
        for (DeliveryLevel level : values()) {
            if (level.code().equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
