package org.tradeexecutor.analytics.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The host's overview and analytics pages in Chromium (PRODUCT P5, P6): the figures are the API's (which
 * CommunityDashboardIT recomputes from the rows), the member growth and the analytics charts are drawn from the API.
 * Screenshots of both pages in target/.
 */
class CommunityDashboardBrowserIT extends InBrowser {

    @Test
    void theHostReadsTheOverviewAndTheAnalytics() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("busy", null);
        String userId = Fixtures.user(community.username("busy")).getString("_id");
        Random random = new Random(7);
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < 120; i++) {
            seeder.add(TradeHistorySeeder.random(random, community.communityId, userId, community.providerId, List.of("AAPL", "BTCUSD").get(i % 2),
                    now.minus(random.nextInt(28 * 24 * 60), ChronoUnit.MINUTES)));
        }
        seeder.write();
        community.signal("BUY KO SL 1");

        signIn("exec-host-" + community.tag, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
        JsonObject overview = WebClient.json(community.host.get("/api/community/overview"));
        waiting().until(ExpectedConditions.textToBe(By.id("healthScore"), Integer.toString(overview.getInt("healthScore"))));
        assertEquals(Integer.toString(overview.getInt("totalMembers")), browser.findElement(By.id("membersTotal")).getText());
        assertEquals(overview.getInt("signalsToday") + " · " + overview.getInt("signalsThisWeek") + " · " + overview.getInt("signalsThisMonth"),
                browser.findElement(By.id("signals")).getText());
        waiting().until(driver -> "shown".equals(browser.findElement(By.id("growthChart")).getAttribute("data-state")));
        assertEquals(90L, browser.executeScript("return dteCharts.shown.growthChart.growth.length"));
        Files.write(Path.of("target", "community-overview.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(Browser.url(base, "/dashboard/community/analytics"));
        waiting().until(driver -> "shown".equals(browser.findElement(By.id("communityChart")).getAttribute("data-state")));
        JsonObject report = WebClient.json(community.host.get("/api/community/analytics"));
        assertEquals(Integer.toString(report.getJsonObject("totals").getInt("trades")), browser.findElement(By.id("totalTrades")).getText());
        assertEquals(120, report.getJsonObject("totals").getInt("trades"), "the last 30 days hold every seeded trade");
        assertEquals(30L, browser.executeScript("return dteCharts.shown.communityChart.buckets.length"));
        assertEquals(2, browser.findElements(By.cssSelector("[id$='byAssetClass_data'] tr")).size(), "stocks and crypto");
        Files.write(Path.of("target", "community-analytics.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
