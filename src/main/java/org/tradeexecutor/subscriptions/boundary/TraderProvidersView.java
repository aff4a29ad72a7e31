package org.tradeexecutor.subscriptions.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.AutoExecute;
import org.tradeexecutor.subscriptions.entity.FollowedProvider;
import org.tradeexecutor.subscriptions.entity.Subscription;
import org.tradeexecutor.subscriptions.entity.SubscriptionRefused;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/trader/providers.xhtml (PRODUCT T1): the active community's providers with follow and
 * unfollow buttons, and the overrides of one followed provider.
 */
@Named
@ViewScoped
public class TraderProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    Providers providers;

    @Inject
    Subscriptions subscriptions;

    private String editProviderId;
    private AutoExecute autoExecute = AutoExecute.INHERIT;
    private BigDecimal copyMultiplier = BigDecimal.ONE;
    private BigDecimal stopLossPercent;
    private BigDecimal takeProfitPercent;
    private BigDecimal leverageCap;
    private boolean moveStopToBreakEven;
    private boolean notifyOnSignal = true;
    private boolean notifyOnExecution = true;

    public List<FollowedProvider> getProviders() {
        String communityId = communityId();
        return providers.of(communityId).stream().map(provider -> {
            Optional<Subscription> subscription = subscriptions.find(communityId, user().id(), provider.getId());
            return new FollowedProvider(provider.getId(), provider.getName(), provider.getType().name(), provider.isEnabled(),
                    subscription.map(Subscription::isActive).orElse(false),
                    subscription.map(Subscription::settings).orElse(SubscriptionSettings.DEFAULTS));
        }).toList();
    }

    public List<FollowedProvider> getFollowed() {
        return getProviders().stream().filter(FollowedProvider::following).toList();
    }

    public AutoExecute[] getAutoExecuteChoices() {
        return AutoExecute.values();
    }

    public void follow(String providerId) {
        own(providerId).ifPresent(provider -> {
            try {
                subscriptions.follow(communityId(), user().id(), provider.getId(), SubscriptionSettings.DEFAULTS, user().actor(), origin());
                info("You follow " + provider.getName() + ". Its signals wait for your confirmation until you turn auto-execute on.");
            } catch (ActionRefused e) {
                error(e.getMessage());
            }
        });
    }

    public void unfollow(String providerId) {
        subscriptions.find(communityId(), user().id(), providerId).filter(Subscription::isActive).ifPresent(subscription -> {
            subscriptions.unfollow(subscription, user().actor(), origin());
            info("You no longer follow that provider.");
        });
    }

    /** Shows the chosen provider's current overrides in the form. */
    public void load() {
        subscriptions.find(communityId(), user().id(), editProviderId).map(Subscription::settings).ifPresent(s -> {
            autoExecute = s.autoExecute();
            copyMultiplier = s.copyMultiplier();
            stopLossPercent = s.stopLossPercent();
            takeProfitPercent = s.takeProfitPercent();
            leverageCap = s.leverageCap();
            moveStopToBreakEven = s.moveStopToBreakEven();
            notifyOnSignal = s.notifyOnSignal();
            notifyOnExecution = s.notifyOnExecution();
        });
    }

    public void save() {
        Optional<Subscription> subscription = subscriptions.find(communityId(), user().id(), editProviderId == null ? "" : editProviderId)
                .filter(Subscription::isActive);
        if (subscription.isEmpty()) {
            error("Choose a provider you follow.");
            return;
        }
        SubscriptionSettings current = subscription.get().settings();
        try {
            subscriptions.change(subscription.get(), new SubscriptionSettings(autoExecute, current.sizing(), copyMultiplier, stopLossPercent,
                    takeProfitPercent, leverageCap, moveStopToBreakEven, notifyOnSignal, notifyOnExecution), user().actor(), origin());
            info("Saved.");
        } catch (SubscriptionRefused | ActionRefused e) {
            error(e.getMessage());
        }
    }

    private Optional<Provider> own(String providerId) {
        return providers.find(communityId(), providerId);
    }

    private SignedInUser user() {
        return currentUser.require();
    }

    private String communityId() {
        return user().activeCommunityId().orElseThrow();
    }

    private org.tradeexecutor.audit.entity.AuditEvent.Origin origin() {
        return RequestOrigins.of(request);
    }

    public String getEditProviderId() { return editProviderId; }
    public void setEditProviderId(String editProviderId) { this.editProviderId = editProviderId; }
    public AutoExecute getAutoExecute() { return autoExecute; }
    public void setAutoExecute(AutoExecute autoExecute) { this.autoExecute = autoExecute; }
    public BigDecimal getCopyMultiplier() { return copyMultiplier; }
    public void setCopyMultiplier(BigDecimal copyMultiplier) { this.copyMultiplier = copyMultiplier; }
    public BigDecimal getStopLossPercent() { return stopLossPercent; }
    public void setStopLossPercent(BigDecimal stopLossPercent) { this.stopLossPercent = stopLossPercent; }
    public BigDecimal getTakeProfitPercent() { return takeProfitPercent; }
    public void setTakeProfitPercent(BigDecimal takeProfitPercent) { this.takeProfitPercent = takeProfitPercent; }
    public BigDecimal getLeverageCap() { return leverageCap; }
    public void setLeverageCap(BigDecimal leverageCap) { this.leverageCap = leverageCap; }
    public boolean isMoveStopToBreakEven() { return moveStopToBreakEven; }
    public void setMoveStopToBreakEven(boolean moveStopToBreakEven) { this.moveStopToBreakEven = moveStopToBreakEven; }
    public boolean isNotifyOnSignal() { return notifyOnSignal; }
    public void setNotifyOnSignal(boolean notifyOnSignal) { this.notifyOnSignal = notifyOnSignal; }
    public boolean isNotifyOnExecution() { return notifyOnExecution; }
    public void setNotifyOnExecution(boolean notifyOnExecution) { this.notifyOnExecution = notifyOnExecution; }
}
