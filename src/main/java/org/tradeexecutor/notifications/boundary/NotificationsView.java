package org.tradeexecutor.notifications.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.communities.entity.MembershipView;
import org.tradeexecutor.notifications.control.DiscordMessenger;
import org.tradeexecutor.notifications.control.NotificationHistory;
import org.tradeexecutor.notifications.control.NotificationSettings;
import org.tradeexecutor.notifications.entity.DeliveryLevel;
import org.tradeexecutor.notifications.entity.NotificationPage;
import org.tradeexecutor.notifications.entity.PreferenceRow;
import org.tradeexecutor.notifications.entity.PreferencesView;
import org.tradeexecutor.platform.boundary.PageMessages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The page {@code /dashboard/trader/notifications}: preferences per type and channel, and the history. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient NotificationSettings settings;

    @Inject
    transient NotificationHistory history;

    @Inject
    transient DiscordMessenger messenger;

    /** One editable row: the type and its level on each channel. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final String label;
        private String inApp;
        private String discordDm;

        Row(PreferenceRow row) {
            this.type = row.type();
            this.label = row.label();
            this.inApp = row.inApp();
            this.discordDm = row.discordDm();
        }

        public String getType() { return type; }
        public String getLabel() { return label; }
        public String getInApp() { return inApp; }
        public void setInApp(String inApp) { this.inApp = inApp; }
        public String getDiscordDm() { return discordDm; }
        public void setDiscordDm(String discordDm) { this.discordDm = discordDm; }
    }

    private List<Row> rows;
    private boolean discordLinked;
    private boolean directMessagesAvailable;
    private String before;
    private NotificationPage page;

    @PostConstruct
    void load() {
        String userId = currentUser.require().id();
        PreferencesView view = PreferencesView.of(settings.of(userId), currentUser.require().user().getDiscordUserId() != null, messenger.enabled());
        boolean hostAnywhere = currentUser.require().memberships().stream().anyMatch(MembershipView::host);
        rows = new ArrayList<>(view.preferences().stream().filter(row -> hostAnywhere || !row.forHosts()).map(Row::new).toList());
        discordLinked = view.discordLinked();
        directMessagesAvailable = view.directMessagesAvailable();
        page = history.page(userId, null, PAGE);
    }

    public void save() {
        List<NotificationSettings.Choice> choices = new ArrayList<>();
        for (Row row : rows) {
            choices.add(new NotificationSettings.Choice(row.getType(), "inApp", row.getInApp()));
            choices.add(new NotificationSettings.Choice(row.getType(), "discordDm", row.getDiscordDm()));
        }
        List<String> problems = settings.change(currentUser.require().id(), choices);
        if (problems.isEmpty()) {
            PageMessages.info("Saved. The next notification follows these choices.");
        } else {
            problems.forEach(PageMessages::error);
        }
    }

    public void older() {
        if (page.before() != null) {
            before = page.before();
            page = history.page(currentUser.require().id(), before, PAGE);
        }
    }

    public void newest() {
        before = null;
        page = history.page(currentUser.require().id(), null, PAGE);
    }

    public void markRead(String id) {
        history.markRead(currentUser.require().id(), id);
        page = history.page(currentUser.require().id(), before, PAGE);
    }

    public void markAllRead() {
        history.markAllRead(currentUser.require().id());
        page = history.page(currentUser.require().id(), before, PAGE);
    }

    /** A moment in the user's time zone. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(currentUser.require().user().zone()));
    }

    /** Why Discord messages would not arrive, if they would not. */
    public String getDiscordHint() {
        if (!directMessagesAvailable) {
            return "Discord messages are not set up on this server.";
        }
        return discordLinked ? "" : "Discord messages need Discord linked: use \"Link Discord\" in your user menu.";
    }

    public List<String> getLevels() { return Arrays.stream(DeliveryLevel.values()).map(DeliveryLevel::code).toList(); }
    public List<Row> getRows() { return rows; }
    public boolean isDiscordLinked() { return discordLinked; }
    public boolean isDirectMessagesAvailable() { return directMessagesAvailable; }
    public NotificationPage getPage() { return page; }
    public boolean isOlderAvailable() { return page.before() != null; }
    public boolean isNewestShown() { return before == null; }
}
