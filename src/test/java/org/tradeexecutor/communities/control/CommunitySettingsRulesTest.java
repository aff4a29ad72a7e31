package org.tradeexecutor.communities.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.communities.entity.CommunitySettings;
import org.tradeexecutor.risk.entity.TradingHours;
import org.tradeexecutor.risk.entity.TradingWindow;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A settings change names every problem at once; a valid one keeps what it leaves out and normalises what it gives. */
class CommunitySettingsRulesTest {

    private static final CommunitySettings CURRENT = new CommunitySettings(false, List.of("STOCK", "OPTION", "CRYPTO", "FOREX"),
            TradingHours.ALWAYS, "123456789012", null, "MODERATE", false, false);

    @Test
    void everyProblemIsNamedWithItsField() {
        CommunitySettings wanted = new CommunitySettings(null, List.of("STOCK", "BONDS"),
                new TradingHours("Mars/Olympus", List.of(new TradingWindow(List.of("MON", "Funday"), "9:30", "25:00"),
                        new TradingWindow(List.of(), "10:00", "10:00"))), "guild", "12ab", "reckless", null, null);
        List<String> problems = CommunitySettingsRules.check(CURRENT, wanted).problems();
        assertEquals(10, problems.size(), String.join("\n", problems));
        for (String field : List.of("allowedAssetClasses", "tradingHours.timeZone", "tradingHours.windows[0].days", "tradingHours.windows[0].from",
                "tradingHours.windows[0].to", "tradingHours.windows[1].days", "tradingHours.windows[1] starts and ends", "discordGuildId", "alertChannelId",
                "defaultRiskPreset")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(field)), field + " in " + problems);
        }
    }

    @Test
    void aValidChangeKeepsWhatItLeavesOutAndNormalisesWhatItGives() {
        CommunitySettings wanted = new CommunitySettings(true, List.of("stock", " option "),
                new TradingHours(" America/New_York ", List.of(new TradingWindow(List.of("monday", "Tue", "MON"), "09:30", "16:00"))),
                "", null, "aggressive", null, true);
        CommunitySettingsRules.Checked checked = CommunitySettingsRules.check(CURRENT, wanted);
        assertEquals(List.of(), checked.problems());
        CommunitySettings after = checked.settings();
        assertEquals(true, after.autoExecuteByDefault());
        assertEquals(List.of("STOCK", "OPTION"), after.allowedAssetClasses());
        assertEquals("America/New_York", after.tradingHours().timeZone());
        assertEquals(List.of("MON", "TUE"), after.tradingHours().windows().get(0).days());
        assertNull(after.discordGuildId(), "blank clears");
        assertEquals("AGGRESSIVE", after.defaultRiskPreset());
        assertEquals(false, after.rankTraders(), "left out: kept");
        assertEquals(true, after.joinGuildMembers());
    }

    @Test
    void anEmptyListOfAssetClassesIsAProblemNotAQuietStop() {
        List<String> problems = CommunitySettingsRules.check(CURRENT, new CommunitySettings(null, List.of(), null, null, null, null, null, null)).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("allowedAssetClasses"));
    }
}
