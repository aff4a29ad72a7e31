package org.tradeexecutor.realtime.entity;

/** Error codes answered to a client message that cannot be taken (docs/WEBSOCKET.md); never a silent drop. */
public enum RealtimeError {
    BAD_JSON("The message is not a JSON object."),
    UNKNOWN_TYPE("Known message types: subscribe, unsubscribe, ping."),
    UNKNOWN_TOPIC("Known topics: portfolio, trades, notifications, quotes, community."),
    FORBIDDEN_TOPIC("Only hosts of the active community may subscribe to its activity."),
    BAD_SYMBOLS("The quotes topic needs 1 to 50 symbols."),
    RATE_LIMITED("Too many messages; slow down.");

    private final String message;

    RealtimeError(String message) {
        this.message = message;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String message() {
        return message;
    }
}
