package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.Community;
import org.tradeexecutor.platform.control.CorrelationIds;
import org.tradeexecutor.signals.entity.ChatMessage;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.signals.entity.SignalSource;

import java.util.List;
import java.util.Optional;

/**
 * What happens to a Discord message (PRODUCT S2): only a channel bound to an enabled Discord provider counts — a
 * channel is bound to one provider at most ({@link ChannelBindings}) —, bots are ignored, an edit updates the same
 * signal, and a reply takes the replied-to message as context. The message id is the dedup key, so a message delivered
 * twice (gateway resume) is stored once. A message from another Discord server than the community's, or from an author
 * the provider does not list, is stored IGNORED with the reason, so hosts see why nothing happened.
 */
@ApplicationScoped
public class DiscordIntake {

    @Inject
    ProviderRepository providers;

    @Inject
    ChannelBindings channels;

    @Inject
    Memberships memberships;

    @Inject
    SignalIntake intake;

    /** @return the outcome for the provider the channel is bound to; empty when the message is not for us */
    public List<IntakeOutcome> handle(ChatMessage message) {
        // A message from the gateway starts work of its own: one correlation id for its log lines, signal and orders.
        try (CorrelationIds.Scope scope = CorrelationIds.open(CorrelationIds.currentOrNew())) {
            return handleMessage(message);
        }
    }

    private List<IntakeOutcome> handleMessage(ChatMessage message) {
        if (message.fromBot() || message.content() == null || message.content().isBlank() || message.channelId() == null) {
            return List.of();
        }
        Optional<Provider> bound = channels.holder(message.channelId()).flatMap(providers::findById)
                .filter(p -> p.isEnabled() && p.getType() == ProviderType.DISCORD_CHANNEL && message.channelId().equals(p.getDiscordChannelId()));
        if (bound.isEmpty()) {
            return List.of();
        }
        Provider provider = bound.get();
        String key = "msg:" + message.messageId();
        String author = "discord:" + message.authorId();
        Optional<String> notCounted = notCounted(provider, message);
        if (notCounted.isPresent()) {
            return List.of(intake.ignore(provider, SignalSource.DISCORD, message.content(), key, author, notCounted.get()));
        }
        return List.of(message.edited()
                ? intake.edit(provider, SignalSource.DISCORD, message.content(), message.repliedToContent(), key, author)
                : intake.accept(provider, SignalSource.DISCORD, message.content(), message.repliedToContent(), key, author));
    }

    /** Why a message in the bound channel does not count: posted in another server, or by an author the provider does not list. */
    private Optional<String> notCounted(Provider provider, ChatMessage message) {
        String communityGuild = memberships.community(provider.getCommunityId()).map(Community::getDiscordGuildId).orElse(null);
        if (communityGuild != null && message.guildId() != null && !communityGuild.equals(message.guildId())) {
            return Optional.of("Posted in another Discord server (" + message.guildId() + ") than the community's.");
        }
        List<String> authors = provider.getDiscordAuthorIds();
        if (!authors.isEmpty() && !authors.contains(message.authorId())) {
            return Optional.of("Posted by " + (message.authorName() == null ? message.authorId() : message.authorName() + " (" + message.authorId() + ")")
                    + ", who is not one of the provider's authors.");
        }
        return Optional.empty();
    }
}
