package org.tradeexecutor.notifications.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a notification is about (PRODUCT T4). Each has a default per channel: in the app the trading events show as
 * toasts, the chatty ones only go into the history; Discord DMs are opt-in, so every type starts off there.
 */
public enum NotificationType {
    FILL("Orders filled", false, DeliveryLevel.ON),
    FAILURE("Orders that failed at the broker", false, DeliveryLevel.ON),
    RISK_REJECTION("Orders the risk gate did not place", false, DeliveryLevel.ON),
    BREAKER_TRIP("Your circuit breaker tripped", false, DeliveryLevel.ON),
    SIGNAL_RECEIVED("A signal arrived in your community (hosts)", true, DeliveryLevel.SILENT),
    MEMBER_JOINED("A member joined your community (hosts)", true, DeliveryLevel.SILENT);

    private final String label;
    private final boolean forHosts;
    private final DeliveryLevel inAppDefault;

    NotificationType(String label, boolean forHosts, DeliveryLevel inAppDefault) {
        this.label = label;
        this.forHosts = forHosts;
        this.inAppDefault = inAppDefault;
    }

    public String label() { return label; }

    /** Sent to the hosts of a community rather than to one trader. */
    public boolean forHosts() { return forHosts; }

    public DeliveryLevel defaultLevel(NotificationChannel channel) {
        return channel == NotificationChannel.IN_APP ? inAppDefault : DeliveryLevel.OFF;
    }

    /** The API's name, e.g. {@code risk_rejection}. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<NotificationType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
