package org.tradeexecutor.subscriptions.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.MoneyAsDecimal128;
import org.tradeexecutor.platform.entity.InstantAsDate;
import org.tradeexecutor.risk.entity.SizingMode;
import org.tradeexecutor.risk.entity.SizingRule;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trader following a provider of a community (PRODUCT T1), with the trader's overrides for its signals. The id is
 * the natural key {@code communityId:userId:providerId}: the store's unique id index keeps one per triple.
 */
@Entity("subscriptions")
public class Subscription {

    @Id
    private String id;
    @Column
    private String communityId;
    @Column
    private String userId;
    @Column
    private String providerId;
    @Column
    private boolean active;
    @Column
    private AutoExecute autoExecute;
    /** Null: the risk profile decides. */
    @Column
    private SizingMode sizingMode;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal sizingValue;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal copyMultiplier;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal stopLossPercentOverride;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal takeProfitPercentOverride;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal leverageCap;
    @Column
    private boolean moveStopToBreakEven;
    @Column
    private boolean notifyOnSignal;
    @Column
    private boolean notifyOnExecution;
    @Column
    @Convert(InstantAsDate.class)
    private Instant followedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant unfollowedAt;

    public Subscription() {
    }

    public Subscription(String communityId, String userId, String providerId, Instant when) {
        this.id = idOf(communityId, userId, providerId);
        this.communityId = communityId;
        this.userId = userId;
        this.providerId = providerId;
        this.active = true;
        this.autoExecute = AutoExecute.INHERIT;
        this.copyMultiplier = BigDecimal.ONE;
        this.notifyOnSignal = true;
        this.notifyOnExecution = true;
        this.followedAt = when;
    }

    public static String idOf(String communityId, String userId, String providerId) {
        return communityId + ":" + userId + ":" + providerId;
    }

    public void follow(Instant when) { this.active = true; this.followedAt = when; this.unfollowedAt = null; }
    public void unfollow(Instant when) { this.active = false; this.unfollowedAt = when; }

    public void change(SubscriptionSettings settings) {
        this.autoExecute = settings.autoExecute();
        this.sizingMode = settings.sizing() == null ? null : settings.sizing().mode();
        this.sizingValue = settings.sizing() == null ? null : settings.sizing().value();
        this.copyMultiplier = settings.copyMultiplier();
        this.stopLossPercentOverride = settings.stopLossPercent();
        this.takeProfitPercentOverride = settings.takeProfitPercent();
        this.leverageCap = settings.leverageCap();
        this.moveStopToBreakEven = settings.moveStopToBreakEven();
        this.notifyOnSignal = settings.notifyOnSignal();
        this.notifyOnExecution = settings.notifyOnExecution();
    }

    public SubscriptionSettings settings() {
        return new SubscriptionSettings(autoExecute, sizingMode == null ? null : new SizingRule(sizingMode, sizingValue), copyMultiplier,
                stopLossPercentOverride, takeProfitPercentOverride, leverageCap, moveStopToBreakEven, notifyOnSignal, notifyOnExecution);
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public String getUserId() { return userId; }
    public String getProviderId() { return providerId; }
    public boolean isActive() { return active; }
    public Instant getFollowedAt() { return followedAt; }
    public Instant getUnfollowedAt() { return unfollowedAt; }
}
