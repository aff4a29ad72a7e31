package org.tradeexecutor.communities.control;

import org.tradeexecutor.communities.entity.CommunitySettings;
import org.tradeexecutor.risk.entity.RiskPreset;
import org.tradeexecutor.risk.entity.TradingHours;
import org.tradeexecutor.risk.entity.TradingWindow;
import org.tradeexecutor.signals.entity.AssetClass;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a change of community settings must keep (PRODUCT C5). Every problem is found, each as one sentence naming its
 * field, so a host fixes them all at once; a change with one problem is not applied at all.
 */
final class CommunitySettingsRules {

    private static final Pattern DISCORD_ID = Pattern.compile("\\d{5,25}");
    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    static final int MAX_WINDOWS = 14;

    private CommunitySettingsRules() {
    }

    /** The settings after the change: {@code wanted}'s fields over {@code current}'s, normalised; or the problems. */
    static Checked check(CommunitySettings current, CommunitySettings wanted) {
        List<String> problems = new ArrayList<>();
        Set<AssetClass> classes = wanted.allowedAssetClasses() == null ? classesOf(current.allowedAssetClasses()) : assetClasses(wanted.allowedAssetClasses(), problems);
        TradingHours hours = wanted.tradingHours() == null ? current.tradingHours() : tradingHours(wanted.tradingHours(), problems);
        String guild = discordId("discordGuildId", wanted.discordGuildId(), current.discordGuildId(), problems);
        String alertChannel = discordId("alertChannelId", wanted.alertChannelId(), current.alertChannelId(), problems);
        RiskPreset preset = wanted.defaultRiskPreset() == null ? RiskPreset.valueOf(current.defaultRiskPreset()) : preset(wanted.defaultRiskPreset(), problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new CommunitySettings(
                wanted.autoExecuteByDefault() == null ? current.autoExecuteByDefault() : wanted.autoExecuteByDefault(),
                classes.stream().map(Enum::name).toList(), hours, guild, alertChannel, preset.name(),
                wanted.rankTraders() == null ? current.rankTraders() : wanted.rankTraders(),
                wanted.joinGuildMembers() == null ? current.joinGuildMembers() : wanted.joinGuildMembers()), List.of());
    }

    /** @param settings the settings to store, when there are no problems */
    record Checked(CommunitySettings settings, List<String> problems) {
    }

    private static Set<AssetClass> classesOf(List<String> names) {
        return names.stream().map(AssetClass::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(AssetClass.class)));
    }

    private static Set<AssetClass> assetClasses(List<String> names, List<String> problems) {
        Set<AssetClass> classes = EnumSet.noneOf(AssetClass.class);
        for (String name : names) {
            try {
                classes.add(AssetClass.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("allowedAssetClasses: \"" + name + "\" is not one of " + Arrays.toString(AssetClass.values()) + ".");
            }
        }
        if (names.isEmpty()) {
            problems.add("allowedAssetClasses must name at least one asset class (all four allows every signal).");
        }
        return classes;
    }

    private static TradingHours tradingHours(TradingHours wanted, List<String> problems) {
        String zone = wanted.timeZone() == null || wanted.timeZone().isBlank() ? "UTC" : wanted.timeZone().strip();
        try {
            zone = ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            problems.add("tradingHours.timeZone must be an IANA time zone such as America/New_York or UTC (was \"" + wanted.timeZone() + "\").");
        }
        if (wanted.windows().size() > MAX_WINDOWS) {
            problems.add("tradingHours.windows: at most " + MAX_WINDOWS + " windows.");
        }
        List<TradingWindow> windows = new ArrayList<>();
        for (int i = 0; i < wanted.windows().size(); i++) {
            TradingWindow window = wanted.windows().get(i);
            String at = "tradingHours.windows[" + i + "]";
            if (window == null) {
                problems.add(at + " is empty.");
                continue;
            }
            List<String> days = new ArrayList<>();
            for (String day : window.days()) {
                try {
                    String name = TradingWindow.nameOf(TradingWindow.dayOf(day));
                    if (!days.contains(name)) {
                        days.add(name);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(at + ".days: \"" + day + "\" is not a day (MON … SUN).");
                }
            }
            if (window.days().isEmpty()) {
                problems.add(at + ".days must name at least one day (MON … SUN).");
            }
            boolean from = clock(at + ".from", window.from(), problems);
            boolean to = clock(at + ".to", window.to(), problems);
            if (from && to && LocalTime.parse(window.from()).equals(LocalTime.parse(window.to()))) {
                problems.add(at + " starts and ends at " + window.from() + ": a window needs a length (an end before the start runs past midnight).");
            }
            windows.add(new TradingWindow(days, window.from(), window.to()));
        }
        return new TradingHours(zone, windows);
    }

    private static boolean clock(String field, String value, List<String> problems) {
        if (value == null || !CLOCK.matcher(value).matches()) {
            problems.add(field + " must be a time HH:MM, 24 h (was " + (value == null ? "nothing" : "\"" + value + "\"") + ").");
            return false;
        }
        try {
            LocalTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            problems.add(field + " must be a time HH:MM, 24 h (was \"" + value + "\").");
            return false;
        }
    }

    private static String discordId(String field, String wanted, String current, List<String> problems) {
        if (wanted == null) {
            return current;
        }
        if (wanted.isBlank()) {
            return null;
        }
        if (!DISCORD_ID.matcher(wanted.strip()).matches()) {
            problems.add(field + " is a Discord id: 5 to 25 digits (blank clears it).");
        }
        return wanted.strip();
    }

    private static RiskPreset preset(String name, List<String> problems) {
        try {
            return RiskPreset.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("defaultRiskPreset must be one of " + Arrays.toString(RiskPreset.values()) + " (was \"" + name + "\").");
            return RiskPreset.MODERATE;
        }
    }
}
