package org.tradeexecutor.communities.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.TradingHours;
import org.tradeexecutor.risk.entity.TradingWindow;
import org.tradeexecutor.signals.entity.AssetClass;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A trading community (a Discord server): the tenant every other document belongs to. */
@Entity("communities")
public class Community {

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private String ownerId;
    @Column
    private String plan;
    @Column
    @Convert(InstantAsDate.class)
    private Instant createdAt;

    public Community() {
    }

    public Community(String id, String name, String ownerId, String plan, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
        this.plan = plan;
        this.createdAt = createdAt;
    }

    /** Whether followers' orders go out without confirmation when their subscription says INHERIT (default: no). */
    @Column
    private Boolean autoExecuteByDefault;

    /** The community's Discord server: only its channels may be bound to providers while the bot is connected. */
    @Column
    private String discordGuildId;

    /** The asset classes its signals may trade; none stored means all. */
    @Column
    private List<String> allowedAssetClasses;

    @Column
    private String tradingTimeZone;

    /** Weekly windows as "MON,TUE 09:30-16:00" ({@link TradingWindow#encoded()}); none means around the clock. */
    @Column
    private List<String> tradingWindows;

    /** The Discord channel that hears how each signal went. */
    @Column
    private String alertChannelId;

    /** The preset a new member's risk profile starts from (MODERATE when none is set). */
    @Column
    private String defaultRiskPreset;

    /** Whether the analytics rank traders by name (only members who allow it). */
    @Column
    private Boolean rankTraders;

    /** Whether members of the Discord server who sign in with Discord join as traders without being asked. */
    @Column
    private Boolean joinGuildMembers;

    public boolean isAutoExecuteByDefault() { return Boolean.TRUE.equals(autoExecuteByDefault); }
    public String getDiscordGuildId() { return discordGuildId; }
    public String getAlertChannelId() { return alertChannelId; }
    public boolean isRankTraders() { return Boolean.TRUE.equals(rankTraders); }
    public boolean isJoinGuildMembers() { return Boolean.TRUE.equals(joinGuildMembers); }

    public Set<AssetClass> allowedAssetClasses() {
        if (allowedAssetClasses == null || allowedAssetClasses.isEmpty()) {
            return EnumSet.allOf(AssetClass.class);
        }
        return allowedAssetClasses.stream().map(AssetClass::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(AssetClass.class)));
    }

    public TradingHours tradingHours() {
        return tradingWindows == null || tradingWindows.isEmpty() ? TradingHours.ALWAYS
                : new TradingHours(tradingTimeZone, tradingWindows.stream().map(TradingWindow::decode).toList());
    }

    public RiskPreset defaultRiskPreset() {
        return defaultRiskPreset == null ? RiskPreset.MODERATE : RiskPreset.valueOf(defaultRiskPreset);
    }

    /** Takes settings that passed {@code CommunitySettingsRules}: every field given, names normalised. */
    public void configure(CommunitySettings valid) {
        this.autoExecuteByDefault = valid.autoExecuteByDefault();
        this.allowedAssetClasses = valid.allowedAssetClasses();
        this.tradingTimeZone = valid.tradingHours().timeZone();
        this.tradingWindows = valid.tradingHours().windows().stream().map(TradingWindow::encoded).toList();
        this.discordGuildId = valid.discordGuildId();
        this.alertChannelId = valid.alertChannelId();
        this.defaultRiskPreset = valid.defaultRiskPreset();
        this.rankTraders = valid.rankTraders();
        this.joinGuildMembers = valid.joinGuildMembers();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getOwnerId() { return ownerId; }
    public String getPlan() { return plan; }
    public Plan plan() { return Plan.of(plan); }
    public void changePlan(Plan plan) { this.plan = plan.name(); }
    public Instant getCreatedAt() { return createdAt; }
}
