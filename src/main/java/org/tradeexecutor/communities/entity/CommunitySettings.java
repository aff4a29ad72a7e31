package org.tradeexecutor.communities.entity;

/**
 * What hosts configure for their community (PRODUCT C5, the part that exists so far).
 *
 * @param autoExecuteByDefault whether followers whose subscription says INHERIT trade without confirming
 * @param discordGuildId       the community's Discord server: with the bot connected, only its channels may be bound
 */
public record CommunitySettings(Boolean autoExecuteByDefault, String discordGuildId) {

    public static CommunitySettings of(Community community) {
        return new CommunitySettings(community.isAutoExecuteByDefault(), community.getDiscordGuildId());
    }
}
