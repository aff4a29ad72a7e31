package org.tradeexecutor.notifications.entity;

/**
 * Something a user may want to hear of, before their preferences are asked.
 *
 * @param severity info, warn or error (the toast's colour)
 */
public record NotificationRequested(String userId, NotificationType type, String severity, String summary, String detail, String communityId) {
}
