package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The settings page in Chromium (PRODUCT C5): a host adds a trading window with a wrong time and is told, nothing is
 * saved; corrected, it is saved and the API answers the same settings. Screenshot in target/.
 */
class CommunitySettingsBrowserIT extends InBrowser {

    @Test
    void aHostSetsTradingHoursAndAllowedClassesOnThePage() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        signIn("exec-host-" + community.tag, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
        browser.get(Browser.url(base, "/dashboard/community/settings"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("settings:addWindow")));

        click(By.id("settings:addWindow"));
        WebElement from = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:windows:0:from")));
        from.clear();
        from.sendKeys("9");
        uncheck("CRYPTO");
        click(By.id("settings:save"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings:messages"), "tradingHours.windows[0].from"));
        assertEquals(0, settings(community).getJsonObject("tradingHours").getJsonArray("windows").size(), "nothing saved");
        assertEquals(4, settings(community).getJsonArray("allowedAssetClasses").size(), "not even the valid change");

        from = browser.findElement(By.id("settings:windows:0:from"));
        from.clear();
        from.sendKeys("09:30");
        click(By.id("settings:save"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings:messages"), "Saved"));
        JsonObject saved = settings(community);
        JsonObject window = saved.getJsonObject("tradingHours").getJsonArray("windows").getJsonObject(0);
        assertEquals("09:30", window.getString("from"));
        assertEquals("16:00", window.getString("to"));
        assertEquals(List.of("MON", "TUE", "WED", "THU", "FRI"), window.getJsonArray("days").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("STOCK", "OPTION", "FOREX"), saved.getJsonArray("allowedAssetClasses").getValuesAs(jakarta.json.JsonString::getString));
        Files.write(Path.of("target", "community-settings.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void uncheck(String assetClass) {
        WebElement box = browser.findElement(By.xpath("//*[@id='settings:assetClasses']//input[@value='" + assetClass + "']"));
        click(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
    }

    private static JsonObject settings(TradingCommunity community) {
        return WebClient.json(community.host.get("/api/community/settings"));
    }
}
