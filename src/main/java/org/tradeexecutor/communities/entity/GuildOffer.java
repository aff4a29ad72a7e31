package org.tradeexecutor.communities.entity;

/** A community the user may join because they are in its Discord server ("Join Demo Community as trader"). */
public record GuildOffer(String communityId, String communityName, String guildId) {
}
