package org.tradeexecutor.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.notifications.entity.DiscordTarget;

/** Discord direct messages from the bot, for users who linked Discord and chose them (opt-in), through the outbox. */
@ApplicationScoped
public class DirectMessages {

    @Inject
    UserRepository users;

    @Inject
    DiscordOutbox outbox;

    @Inject
    DiscordMessenger messenger;

    @Inject
    MetricRegistry metrics;

    void queue(String userId, String line, boolean silent) {
        if (!messenger.enabled()) {
            return;
        }
        String discordUserId = users.findById(userId).map(User::getDiscordUserId).orElse(null);
        if (discordUserId == null) {
            metrics.counter("notifications.dm_unlinked").inc();
            return;
        }
        outbox.queue(DiscordTarget.user(discordUserId), line, silent);
    }
}
