package org.tradeexecutor.access.entity;

/** Account-wide status (PRODUCT A5): anything but ACTIVE keeps the user out, with the reason shown. */
public enum AccountStatus {
    ACTIVE, SUSPENDED, BANNED, PENDING_VERIFICATION;

    public String describe() {
        return switch (this) {
            case ACTIVE -> "active";
            case SUSPENDED -> "suspended";
            case BANNED -> "banned";
            case PENDING_VERIFICATION -> "pending verification";
        };
    }
}
