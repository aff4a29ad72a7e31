package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.signals.entity.ChatMessage;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.signals.entity.SignalSource;

import java.util.List;

/**
 * What happens to a Discord message (PRODUCT S2): only channels bound to an enabled Discord provider count, each
 * message is attributed to that provider (a channel bound in two communities feeds both), bots are ignored, an edit
 * updates the same signal, and a reply takes the replied-to message as context. The message id is the dedup key, so
 * a message delivered twice (gateway resume) is stored once.
 */
@ApplicationScoped
public class DiscordIntake {

    @Inject
    ProviderRepository providers;

    @Inject
    SignalIntake intake;

    /** @return one outcome per provider the channel is bound to; empty when the message is not for us */
    public List<IntakeOutcome> handle(ChatMessage message) {
        if (message.fromBot() || message.content() == null || message.content().isBlank() || message.channelId() == null) {
            return List.of();
        }
        List<Provider> bound = providers.findByDiscordChannelId(message.channelId()).stream()
                .filter(p -> p.isEnabled() && p.getType() == ProviderType.DISCORD_CHANNEL)
                .toList();
        String key = "msg:" + message.messageId();
        String author = "discord:" + message.authorId();
        return bound.stream()
                .map(provider -> message.edited()
                        ? intake.edit(provider, SignalSource.DISCORD, message.content(), message.repliedToContent(), key, author)
                        : intake.accept(provider, SignalSource.DISCORD, message.content(), message.repliedToContent(), key, author))
                .toList();
    }
}
