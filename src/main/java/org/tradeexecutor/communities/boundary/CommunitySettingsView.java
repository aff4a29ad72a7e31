package org.tradeexecutor.communities.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.TimeZones;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.CommunityConfiguration;
import org.tradeexecutor.communities.entity.CommunitySettings;
import org.tradeexecutor.platform.boundary.PageMessages;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.TradingHours;
import org.tradeexecutor.risk.entity.TradingWindow;
import org.tradeexecutor.signals.entity.AssetClass;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/community/settings.xhtml (PRODUCT C5): the same settings and the same rules as
 * {@code /api/community/settings}; every problem is shown at once and nothing is saved while one remains.
 */
@Named
@ViewScoped
public class CommunitySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityConfiguration configuration;

    private boolean autoExecuteByDefault;
    private List<String> allowedAssetClasses;
    private String timeZone;
    private List<WindowRow> windows;
    private String discordGuildId;
    private String alertChannelId;
    private String defaultRiskPreset;
    private boolean rankTraders;
    private boolean joinGuildMembers;

    /** One editable row of the trading windows. */
    public static class WindowRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<String> days = new ArrayList<>();
        private String from = "09:30";
        private String to = "16:00";

        public List<String> getDays() { return days; }
        public void setDays(List<String> days) { this.days = days; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    @PostConstruct
    void load() {
        configuration.of(communityId()).ifPresent(this::show);
    }

    public void save() {
        SignedInUser host = currentUser.requireHost();
        TradingHours hours = new TradingHours(timeZone, windows.stream().map(w -> new TradingWindow(w.getDays(), w.getFrom(), w.getTo())).toList());
        CommunitySettings wanted = new CommunitySettings(autoExecuteByDefault, allowedAssetClasses, hours, discordGuildId == null ? "" : discordGuildId,
                alertChannelId == null ? "" : alertChannelId, defaultRiskPreset, rankTraders, joinGuildMembers);
        configuration.change(communityId(), wanted, host.actor(), RequestOrigins.of(request)).ifPresent(change -> {
            if (change.problems().isEmpty()) {
                show(change.settings());
                info("Saved. The next signal follows these settings.");
            } else {
                change.problems().forEach(PageMessages::error);
            }
        });
    }

    public void addWindow() {
        WindowRow row = new WindowRow();
        row.setDays(new ArrayList<>(List.of("MON", "TUE", "WED", "THU", "FRI")));
        windows.add(row);
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
    }

    private void show(CommunitySettings settings) {
        autoExecuteByDefault = Boolean.TRUE.equals(settings.autoExecuteByDefault());
        allowedAssetClasses = new ArrayList<>(settings.allowedAssetClasses());
        timeZone = settings.tradingHours().timeZone();
        windows = new ArrayList<>();
        settings.tradingHours().windows().forEach(window -> {
            WindowRow row = new WindowRow();
            row.setDays(new ArrayList<>(window.days()));
            row.setFrom(window.from());
            row.setTo(window.to());
            windows.add(row);
        });
        discordGuildId = settings.discordGuildId();
        alertChannelId = settings.alertChannelId();
        defaultRiskPreset = settings.defaultRiskPreset();
        rankTraders = Boolean.TRUE.equals(settings.rankTraders());
        joinGuildMembers = Boolean.TRUE.equals(settings.joinGuildMembers());
    }

    private String communityId() {
        return currentUser.requireHost().activeCommunityId().orElseThrow();
    }

    public List<String> getAssetClassChoices() { return Arrays.stream(AssetClass.values()).map(Enum::name).toList(); }
    public List<String> getDayChoices() { return Arrays.stream(DayOfWeek.values()).map(TradingWindow::nameOf).toList(); }
    public List<String> getPresetChoices() { return Arrays.stream(RiskPreset.values()).map(Enum::name).toList(); }
    public List<String> getTimeZoneChoices() { return TimeZones.CHOICES; }

    public boolean isAutoExecuteByDefault() { return autoExecuteByDefault; }
    public void setAutoExecuteByDefault(boolean autoExecuteByDefault) { this.autoExecuteByDefault = autoExecuteByDefault; }
    public List<String> getAllowedAssetClasses() { return allowedAssetClasses; }
    public void setAllowedAssetClasses(List<String> allowedAssetClasses) { this.allowedAssetClasses = allowedAssetClasses; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<WindowRow> getWindows() { return windows; }
    public String getDiscordGuildId() { return discordGuildId; }
    public void setDiscordGuildId(String discordGuildId) { this.discordGuildId = discordGuildId; }
    public String getAlertChannelId() { return alertChannelId; }
    public void setAlertChannelId(String alertChannelId) { this.alertChannelId = alertChannelId; }
    public boolean isJoinGuildMembers() { return joinGuildMembers; }
    public void setJoinGuildMembers(boolean joinGuildMembers) { this.joinGuildMembers = joinGuildMembers; }
    public String getDefaultRiskPreset() { return defaultRiskPreset; }
    public void setDefaultRiskPreset(String defaultRiskPreset) { this.defaultRiskPreset = defaultRiskPreset; }
    public boolean isRankTraders() { return rankTraders; }
    public void setRankTraders(boolean rankTraders) { this.rankTraders = rankTraders; }
}
