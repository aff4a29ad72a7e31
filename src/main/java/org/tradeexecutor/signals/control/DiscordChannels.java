package org.tradeexecutor.signals.control;

import java.util.Optional;

/**
 * What the Discord bot can tell about a channel (implemented by the gateway), and the rule for binding one: with the
 * bot connected a channel must belong to the community's own Discord server. Without it nothing can be asked at
 * binding time; each message is checked against the community's server when it arrives.
 */
public interface DiscordChannels {

    /** Whether the bot is connected, so that its answers count. */
    boolean connected();

    /** The server (guild) the channel belongs to, when the bot can see the channel. */
    Optional<String> guildOf(String channelId);

    /** Why the channel may not be bound in a community whose server is {@code communityGuildId}; empty when it may. Pure. */
    static Optional<String> problemBinding(boolean connected, String channelId, Optional<String> channelGuildId, String communityGuildId) {
        if (!connected) {
            return Optional.empty();
        }
        if (communityGuildId == null) {
            return Optional.of("Set the community's Discord server (discordGuildId in the community settings) before binding a channel.");
        }
        if (channelGuildId.isEmpty()) {
            return Optional.of("The bot cannot see channel " + channelId + ": invite it to your server and let it read that channel.");
        }
        if (!channelGuildId.get().equals(communityGuildId)) {
            return Optional.of("Channel " + channelId + " belongs to another Discord server than this community's.");
        }
        return Optional.empty();
    }
}
