package org.tradeexecutor.communities.entity;

import org.tradeexecutor.risk.entity.TradingHours;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What hosts configure for their community (PRODUCT C5), as read and written by {@code /api/community/settings}.
 * In a change, a field left out (null) keeps its value; a blank id clears it.
 *
 * @param autoExecuteByDefault whether followers whose subscription says INHERIT trade without confirming
 * @param allowedAssetClasses  STOCK, OPTION, CRYPTO, FOREX: a signal of another class is stored REJECTED
 * @param tradingHours         when entries may open positions, in the community's time zone (no windows: always)
 * @param discordGuildId       the community's Discord server: with the bot connected, only its channels may be bound
 * @param alertChannelId       the Discord channel told how each signal went
 * @param defaultRiskPreset    CONSERVATIVE, MODERATE or AGGRESSIVE: a new member's risk profile starts from it
 * @param rankTraders          whether the analytics name top traders (only members who allow it)
 * @param joinGuildMembers     whether a member of the Discord server who signs in with Discord joins as a trader without asking
 */
public record CommunitySettings(Boolean autoExecuteByDefault, List<String> allowedAssetClasses, TradingHours tradingHours,
                                String discordGuildId, String alertChannelId, String defaultRiskPreset, Boolean rankTraders,
                                Boolean joinGuildMembers) {

    /** The fields by name, in order, for an audit entry of what changed. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("autoExecuteByDefault", autoExecuteByDefault);
        fields.put("allowedAssetClasses", allowedAssetClasses);
        fields.put("tradingHours", tradingHours);
        fields.put("discordGuildId", discordGuildId);
        fields.put("alertChannelId", alertChannelId);
        fields.put("defaultRiskPreset", defaultRiskPreset);
        fields.put("rankTraders", rankTraders);
        fields.put("joinGuildMembers", joinGuildMembers);
        return fields;
    }

    public static CommunitySettings of(Community community) {
        return new CommunitySettings(community.isAutoExecuteByDefault(), community.allowedAssetClasses().stream().map(Enum::name).toList(),
                community.tradingHours(), community.getDiscordGuildId(), community.getAlertChannelId(), community.defaultRiskPreset().name(), community.isRankTraders(),
                community.isJoinGuildMembers());
    }
}
