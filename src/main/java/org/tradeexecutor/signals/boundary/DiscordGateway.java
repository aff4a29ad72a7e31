package org.tradeexecutor.signals.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.JDA;
import org.tradeexecutor.signals.control.DiscordChannels;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.eclipse.microprofile.config.Config;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.signals.control.DiscordIntake;
import org.tradeexecutor.signals.entity.ChatMessage;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Discord gateway bot (JDA), on only when DISCORD_BOT_TOKEN is set. It needs the privileged "Message Content"
 * intent (Discord developer portal → Bot). Messages become {@link ChatMessage}s for {@link DiscordIntake}; nothing
 * Discord-specific goes further.
 */
@ApplicationScoped
public class DiscordGateway implements DiscordChannels {

    private static final Logger LOG = Logger.getLogger(DiscordGateway.class.getName());

    /** What the health check reports. */
    public enum State { OFF, CONNECTING, CONNECTED, FAILED }

    @Inject
    Config config;

    @Inject
    DiscordIntake intake;

    private volatile JDA jda;
    private volatile State failedState;
    private volatile String failure;

    void start(@Observes DatabaseReady ready) {
        Optional<String> token = config.getOptionalValue("DISCORD_BOT_TOKEN", String.class).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            LOG.info("Discord intake is off: DISCORD_BOT_TOKEN is not set");
            return;
        }
        if (!config.getOptionalValue("DISCORD_GATEWAY_ENABLED", Boolean.class).orElse(true)) {
            LOG.info("Discord intake is off: DISCORD_GATEWAY_ENABLED=false (the bot still sends alerts and direct messages)");
            return;
        }
        try {
            jda = JDABuilder.createLight(token.get(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                    .addEventListeners(new Listener())
                    .build();
        } catch (RuntimeException e) {
            failedState = State.FAILED;
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Discord intake could not start", e);
        }
    }

    public State state() {
        if (failedState != null) {
            return failedState;
        }
        if (jda == null) {
            return State.OFF;
        }
        return jda.getStatus() == JDA.Status.CONNECTED ? State.CONNECTED : State.CONNECTING;
    }

    @Override
    public boolean connected() {
        return state() == State.CONNECTED;
    }

    @Override
    public Optional<String> guildOf(String channelId) {
        JDA connected = jda;
        if (connected == null || !channelId.matches("\\d{5,25}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(connected.getGuildChannelById(channelId)).map(channel -> channel.getGuild().getId());
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @PreDestroy
    void stop() {
        if (jda != null) {
            jda.shutdown();
        }
    }

    private final class Listener extends ListenerAdapter {

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            handle(event.getMessage(), false);
        }

        @Override
        public void onMessageUpdate(MessageUpdateEvent event) {
            handle(event.getMessage(), true);
        }

        private void handle(Message message, boolean edited) {
            try {
                Message repliedTo = message.getReferencedMessage();
                Instant sentAt = (edited && message.getTimeEdited() != null ? message.getTimeEdited() : message.getTimeCreated()).toInstant();
                intake.handle(new ChatMessage(message.isFromGuild() ? message.getGuild().getId() : null, message.getChannelId(), message.getId(), message.getAuthor().getId(),
                        message.getAuthor().getName(), message.getAuthor().isBot(), message.getContentRaw(),
                        repliedTo == null ? null : repliedTo.getContentRaw(), edited, sentAt));
            } catch (RuntimeException e) {
                // One bad message must not stop the listener; the message is in Discord and can be replayed.
                LOG.log(Level.SEVERE, "Discord message " + message.getId() + " could not be taken in", e);
            }
        }
    }
}
