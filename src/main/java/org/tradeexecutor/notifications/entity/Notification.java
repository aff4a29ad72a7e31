package org.tradeexecutor.notifications.entity;

import java.time.Instant;

/**
 * One notification in a user's history. Stored under {@code <userId>|<ObjectId>}: a user's history is one range of
 * keys, newest last, read without touching anyone else's.
 *
 * @param id     the ObjectId part (when it was made, and unique)
 * @param type   the type's code ({@code fill}, {@code risk_rejection}, …)
 * @param readAt when the user marked it read; null while unread
 */
public record Notification(String id, String userId, String type, String severity, String summary, String detail,
                           String communityId, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
