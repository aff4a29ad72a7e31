package org.tradeexecutor.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.notifications.control.NotificationHistory;

/** The unread count beside "Notifications" in the menu: one look-up by id per page. */
@Named
@RequestScoped
public class UnreadNotificationsView {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationHistory history;

    private Long unread;

    public long getCount() {
        if (unread == null) {
            unread = currentUser.get().map(user -> history.unread(user.id())).orElse(0L);
        }
        return unread;
    }

    public String getLabel() {
        return getCount() == 0 ? "Notifications" : "Notifications (" + getCount() + ")";
    }
}
