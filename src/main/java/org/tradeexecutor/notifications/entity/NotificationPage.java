package org.tradeexecutor.notifications.entity;

import java.util.List;

/**
 * A page of the history, newest first.
 *
 * @param before the id to ask {@code before=} for the next (older) page; null on the last page
 */
public record NotificationPage(List<Notification> items, long unread, String before) {
}
