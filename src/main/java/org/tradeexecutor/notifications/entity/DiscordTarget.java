package org.tradeexecutor.notifications.entity;

/** Where a Discord message goes: a channel (a community's alert channel) or a user's direct messages. */
public record DiscordTarget(boolean user, String id) {

    public static DiscordTarget channel(String channelId) {
        return new DiscordTarget(false, channelId);
    }

    public static DiscordTarget user(String discordUserId) {
        return new DiscordTarget(true, discordUserId);
    }
}
